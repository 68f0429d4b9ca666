/**
 * Route "add-todo": Add to Autotask > To-Do. The form (src/addin/forms, with the Autotask client) is its own
 * chunk, fetched once signed in, so the route is interactive on its light shell.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { AddToAutotaskShell } from '../../forms/FormShell';
import { t } from '../../strings';

const TodoForm = lazy(() => import(/* webpackChunkName: "form-todo" */ '../../forms/TodoForm').then((m) => ({ default: m.TodoForm })));

export default function AddTodoView() {
  return (
    <AddToAutotaskShell
      route="add-todo"
      form={(me) => (
        <Suspense fallback={<Spinner size="small" label={t('crm.loading')} />}>
          <TodoForm me={me} />
        </Suspense>
      )}
    />
  );
}
