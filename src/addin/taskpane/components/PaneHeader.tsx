/**
 * The pane's banner: the command title (from the catalogue) under the app name, and the pane's
 * header actions (e.g. "Sign in to Autotask" while signed out).
 * @jsxRuntime automatic
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { t } from '../../strings';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  app: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
});

export interface PaneHeaderProps {
  /** The command title; the app name alone when the pane has no known command. */
  title?: string | undefined;
  actions?: ReactNode;
}

export function PaneHeader({ title, actions }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        {title ? (
          <Text size={200} className={styles.app}>
            {t('app.name')}
          </Text>
        ) : null}
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          {title ?? t('app.name')}
        </Text>
      </div>
      {actions}
    </header>
  );
}
