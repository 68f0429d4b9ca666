/**
 * Route "add-ticket-time": Add Ticket Time, with a timer. The form (src/addin/forms, with the
 * Autotask client) is its own chunk, fetched once signed in, so the route is interactive on its
 * light shell. An open message whose subject names a ticket fills the ticket.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { AddToAutotaskShell } from '../../forms/FormShell';
import { t } from '../../strings';

const TimeEntryForm = lazy(() => import(/* webpackChunkName: "form-time" */ '../../forms/TimeEntryForm').then((m) => ({ default: m.TimeEntryForm })));

export default function AddTicketTimeView() {
  return (
    <AddToAutotaskShell
      readItem
      route="add-ticket-time"
      form={(me, item) => (
        <Suspense fallback={<Spinner size="small" label={t('form.loading')} />}>
          <TimeEntryForm target="ticket" route="add-ticket-time" resourceId={me.id} subject={item?.subject ?? null} />
        </Suspense>
      )}
    />
  );
}
