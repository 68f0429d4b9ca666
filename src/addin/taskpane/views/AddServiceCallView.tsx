/**
 * Route "add-service-call": Add to Autotask > Service Call. Needs no selected item. The form
 * (src/addin/forms/ServiceCallForm, with the Autotask client) is its own chunk, fetched once
 * signed in, so the route is interactive on its light shell.
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useId } from 'react';
import { AutotaskStatus } from '../../auth/AutotaskStatus';
import { useAuth } from '../../auth/use-auth';
import { t } from '../../strings';
import { markPaneInteractive } from '../pane-ready';
import { routeDescriptionKey } from '../routes';
import { usePlannedStyles } from './planned/styles';

const ServiceCallForm = lazy(() => import(/* webpackChunkName: "form-service-call" */ '../../forms/ServiceCallForm').then((m) => ({ default: m.ServiceCallForm })));

export default function AddServiceCallView() {
  const styles = usePlannedStyles();
  const doesId = useId();
  const autotaskId = useId();
  const { state: auth } = useAuth();
  useEffect(() => markPaneInteractive('add-service-call'), []);
  const session = auth.status === 'signed-in' ? auth.session : null;

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby={doesId}>
        <Text as="h2" size={400} weight="semibold" id={doesId} className={styles.heading}>
          {t('route.section.does')}
        </Text>
        <Text as="p" className={styles.heading}>
          {t(routeDescriptionKey('add-service-call'))}
        </Text>
      </section>
      {session ? (
        <Suspense fallback={<Spinner size="small" label={t('serviceCall.loading')} />}>
          <ServiceCallForm key={session.resource.id} resource={session.resource} />
        </Suspense>
      ) : null}
      {auth.status === 'signed-out' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.signIn.title')}</MessageBarTitle>
            {t('serviceCall.signIn.body')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <section className={styles.section} aria-labelledby={autotaskId}>
        <Text as="h2" size={400} weight="semibold" id={autotaskId} className={styles.heading}>
          {t('auth.status.heading')}
        </Text>
        <AutotaskStatus />
      </section>
    </div>
  );
}
