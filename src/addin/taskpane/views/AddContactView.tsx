/**
 * Route "add-contact": Add to Autotask > Contact. The form (src/addin/forms, with the Autotask client) is its own
 * chunk, fetched once signed in, so the route is interactive on its light shell.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { AddToAutotaskShell } from '../../forms/FormShell';
import { t } from '../../strings';

const ContactForm = lazy(() => import(/* webpackChunkName: "form-contact" */ '../../forms/ContactForm').then((m) => ({ default: m.ContactForm })));

export default function AddContactView() {
  return (
    <AddToAutotaskShell
      readItem
      route="add-contact"
      form={(_me, item) => (
        <Suspense fallback={<Spinner size="small" label={t('crm.loading')} />}>
          <ContactForm item={item} />
        </Suspense>
      )}
    />
  );
}
