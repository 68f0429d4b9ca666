/**
 * The pane's banner: the command title (from the catalogue) under the app name.
 * @jsxRuntime automatic
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { t } from '../../strings';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  app: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
});

export interface PaneHeaderProps {
  /** The command title; the app name alone when the pane has no known command. */
  title?: string | undefined;
}

export function PaneHeader({ title }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      {title ? (
        <Text size={200} className={styles.app}>
          {t('app.name')}
        </Text>
      ) : null}
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {title ?? t('app.name')}
      </Text>
    </header>
  );
}
