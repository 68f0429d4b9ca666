/** The status bar: what the workbench last did (role="status"), and what it is emulating. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useWorkbench } from './workbench-context';

const useStyles = makeStyles({
  root: {
    display: 'flex', alignItems: 'center', gap: '16px', padding: '0 12px', minHeight: '28px', fontSize: tokens.fontSizeBase200,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2,
  },
  status: { flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
  success: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
});

export function StatusBar() {
  const styles = useStyles();
  const { status, settings, addinConfig, manifest } = useWorkbench();
  const kindClass = status?.kind === 'error' ? styles.error : status?.kind === 'success' ? styles.success : status?.kind === 'warning' ? styles.warning : undefined;
  const sets = Object.entries(settings.supportedSets).map(([k, v]) => `${k} ${v}`).join(' · ');
  const product = addinConfig?.productName ?? manifest?.displayName;
  return (
    <footer className={styles.root}>
      <div role="status" aria-live="polite" className={`${styles.status} ${kindClass ?? ''}`} data-status-kind={status?.kind}>
        {status?.text ?? 'Ready'}
      </div>
      <span className={styles.info}>
        {product ? `${product}${addinConfig?.version ? ` ${addinConfig.version}` : ''}${addinConfig?.build ? ` (${addinConfig.build})` : ''} · ` : ''}
        Outlook on the web · {sets}
      </span>
    </footer>
  );
}
