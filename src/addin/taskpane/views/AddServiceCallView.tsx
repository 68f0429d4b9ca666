/**
 * Route "add-service-call": Add to Autotask > Service Call. Needs no selected item. The form
 * (src/addin/forms/ServiceCallForm, with the Autotask client) is its own chunk, fetched once
 * signed in, so the route is interactive on its light shell.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { AddToAutotaskShell } from '../../forms/FormShell';
import { t } from '../../strings';

const ServiceCallForm = lazy(() => import(/* webpackChunkName: "form-service-call" */ '../../forms/ServiceCallForm').then((m) => ({ default: m.ServiceCallForm })));

export default function AddServiceCallView() {
  return (
    <AddToAutotaskShell
      route="add-service-call"
      form={(me) => (
        <Suspense fallback={<Spinner size="small" label={t('serviceCall.loading')} />}>
          <ServiceCallForm key={me.id} resource={me} />
        </Suspense>
      )}
    />
  );
}
