/**
 * The two sections every form route shows around its form: "What this command does" with the
 * route's description, and the Autotask sign-in line. (CreateFromEmailShell and PlannedRouteView
 * still spell them out inline; they can use these.)
 * @jsxRuntime automatic
 */
import { Text } from '@fluentui/react-components';
import { useId } from 'react';
import { AutotaskStatus } from '../auth/AutotaskStatus';
import type { RouteId } from '../commands/catalog';
import { t, type StringKey } from '../strings';
import { routeDescriptionKey } from '../taskpane/routes';
import { usePlannedStyles } from '../taskpane/views/planned/styles';

function Section({ heading, children }: { heading: StringKey; children: React.ReactNode }) {
  const styles = usePlannedStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h2" size={400} weight="semibold" id={id} className={styles.heading}>
        {t(heading)}
      </Text>
      {children}
    </section>
  );
}

export function RouteDoesSection({ route }: { route: RouteId }) {
  const styles = usePlannedStyles();
  return (
    <Section heading="route.section.does">
      <Text as="p" className={styles.heading}>
        {t(routeDescriptionKey(route))}
      </Text>
    </Section>
  );
}

export function AutotaskStatusSection() {
  return (
    <Section heading="auth.status.heading">
      <AutotaskStatus />
    </Section>
  );
}
