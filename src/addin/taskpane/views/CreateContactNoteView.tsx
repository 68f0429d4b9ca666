/**
 * Route "create-contact-note": Create Contact Note from email. The form (src/addin/forms, with the Autotask
 * client) is its own chunk, fetched once signed in, so the route is interactive on its light shell.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { CreateFromEmailShell } from '../../forms/FormShell';
import { t } from '../../strings';

const NoteForm = lazy(() => import(/* webpackChunkName: "form-note" */ '../../forms/NoteForm').then((m) => ({ default: m.NoteForm })));

export default function CreateContactNoteView() {
  return (
    <CreateFromEmailShell
      route="create-contact-note"
      form={(item, me) => (
        <Suspense fallback={<Spinner size="small" label={t('form.loading')} />}>
          <NoteForm key={item.internetMessageId ?? item.subject} item={item} target="contactNote" me={me} />
        </Suspense>
      )}
    />
  );
}
