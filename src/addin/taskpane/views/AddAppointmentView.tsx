/**
 * Route "add-appointment": Add to Autotask > Appointment. The form (src/addin/forms, with the Autotask client) is its own
 * chunk, fetched once signed in, so the route is interactive on its light shell.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { AddToAutotaskShell } from '../../forms/FormShell';
import { t } from '../../strings';

const AppointmentForm = lazy(() => import(/* webpackChunkName: "form-appointment" */ '../../forms/AppointmentForm').then((m) => ({ default: m.AppointmentForm })));

export default function AddAppointmentView() {
  return (
    <AddToAutotaskShell
      readItem
      route="add-appointment"
      form={(me, item) => (
        <Suspense fallback={<Spinner size="small" label={t('crm.loading')} />}>
          <AppointmentForm item={item} me={me} />
        </Suspense>
      )}
    />
  );
}
