/**
 * Route "add-ticket-note": Add Ticket Note to Autotask, a blank note form that needs no selected message (last note type
 * and publish remembered, recent records first, "Save another"). The form is the chunk the
 * note routes share, fetched once signed in.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { AddToAutotaskShell } from '../../forms/FormShell';
import { t } from '../../strings';

const WorkNoteForm = lazy(() => import(/* webpackChunkName: "form-work-note" */ '../../forms/WorkNoteForm').then((m) => ({ default: m.WorkNoteForm })));

export default function AddTicketNoteView() {
  return (
    <AddToAutotaskShell
      route="add-ticket-note"
      form={(me) => (
        <Suspense fallback={<Spinner size="small" label={t('form.loading')} />}>
          <WorkNoteForm item={null} target="ticketNote" resourceId={me.id} />
        </Suspense>
      )}
    />
  );
}
