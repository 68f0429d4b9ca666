/**
 * Route "create-ticket": Create Ticket from email. The form (src/addin/forms, with the Autotask
 * client) is its own chunk, fetched once signed in, so the route is interactive on its light shell.
 * @jsxRuntime automatic
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { CreateFromEmailShell } from '../../forms/FormShell';
import { t } from '../../strings';

const TicketForm = lazy(() => import(/* webpackChunkName: "form-ticket" */ '../../forms/TicketForm').then((m) => ({ default: m.TicketForm })));

export default function CreateTicketView() {
  return (
    <CreateFromEmailShell
      route="create-ticket"
      form={(item, me) => (
        <Suspense fallback={<Spinner size="small" label={t('form.loading')} />}>
          <TicketForm key={item.internetMessageId ?? item.subject} item={item} me={me} />
        </Suspense>
      )}
    />
  );
}
