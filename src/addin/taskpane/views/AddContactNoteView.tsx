/**
 * Route "add-contact-note": Add Contact Note to Autotask. The note form, blank (nothing is read from
 * an open message); "Save another" starts a fresh one. The form is its own chunk, fetched once signed in.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { AddToAutotaskShell } from '../../forms/FormShell';
import { t } from '../../strings';

const NoteForm = lazy(() => import(/* webpackChunkName: "form-note" */ '../../forms/NoteForm').then((m) => ({ default: m.NoteForm })));

export default function AddContactNoteView() {
  return (
    <AddToAutotaskShell
      route="add-contact-note"
      form={(me) => (
        <Suspense fallback={<Spinner size="small" label={t('form.loading')} />}>
          <NoteForm item={null} target="contactNote" me={me} />
        </Suspense>
      )}
    />
  );
}
