/**
 * Route "create-ticket-note": Create Ticket Note from email. The note form (src/addin/forms/WorkNoteForm, with the Autotask
 * client) is its own chunk, shared by the six note routes, fetched once signed in.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { CreateFromEmailShell } from '../../forms/FormShell';
import { t } from '../../strings';

const WorkNoteForm = lazy(() => import(/* webpackChunkName: "form-work-note" */ '../../forms/WorkNoteForm').then((m) => ({ default: m.WorkNoteForm })));

export default function CreateTicketNoteView() {
  return (
    <CreateFromEmailShell
      route="create-ticket-note"
      form={(item, me) => (
        <Suspense fallback={<Spinner size="small" label={t('form.loading')} />}>
          <WorkNoteForm key={item.internetMessageId ?? item.subject} item={item} target="ticketNote" resourceId={me.id} />
        </Suspense>
      )}
    />
  );
}
