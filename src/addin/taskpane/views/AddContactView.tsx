/**
 * Route "add-contact": Add to Autotask > Contact. The form (src/addin/forms, with the Autotask client) is its own
 * chunk, fetched once signed in, so the route is interactive on its light shell.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { AddFormShell, itemKey } from '../../forms/AddFormShell';
import { t } from '../../strings';

const ContactForm = lazy(() => import(/* webpackChunkName: "form-contact" */ '../../forms/ContactForm').then((m) => ({ default: m.ContactForm })));

export default function AddContactView() {
  return (
    <AddFormShell
      route="add-contact"
      form={(item) => (
        <Suspense fallback={<Spinner size="small" label={t('crm.loading')} />}>
          <ContactForm key={itemKey(item)} item={item} />
        </Suspense>
      )}
    />
  );
}
