/**
 * Route "add-project-time": Add Project Time (a project, then one of its tasks), with a timer.
 * The form (src/addin/forms, with the Autotask client) is its own chunk, fetched once signed in.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { AddToAutotaskShell } from '../../forms/FormShell';
import { t } from '../../strings';

const TimeEntryForm = lazy(() => import(/* webpackChunkName: "form-time" */ '../../forms/TimeEntryForm').then((m) => ({ default: m.TimeEntryForm })));

export default function AddProjectTimeView() {
  return (
    <AddToAutotaskShell
      route="add-project-time"
      form={(me) => (
        <Suspense fallback={<Spinner size="small" label={t('form.loading')} />}>
          <TimeEntryForm target="task" route="add-project-time" resourceId={me.id} subject={null} />
        </Suspense>
      )}
    />
  );
}
