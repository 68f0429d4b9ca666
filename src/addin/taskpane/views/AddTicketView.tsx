/**
 * Route "add-ticket": Add Ticket to Autotask. The ticket form, blank (nothing is read from an
 * open message); "Save another" starts a fresh one. The form is its own chunk, fetched once signed in.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { AddToAutotaskShell } from '../../forms/FormShell';
import { t } from '../../strings';

const TicketForm = lazy(() => import(/* webpackChunkName: "form-ticket" */ '../../forms/TicketForm').then((m) => ({ default: m.TicketForm })));

export default function AddTicketView() {
  return (
    <AddToAutotaskShell
      route="add-ticket"
      form={(me) => (
        <Suspense fallback={<Spinner size="small" label={t('form.loading')} />}>
          <TicketForm item={null} me={me} />
        </Suspense>
      )}
    />
  );
}
