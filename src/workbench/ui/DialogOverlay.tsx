/** Office dialogs (displayDialogAsync) as a modal overlay frame; closing it sends 12006 to the opener. */
import { Button, Dialog, DialogSurface, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { DismissIcon } from './icons';
import { useHost, useWorkbench } from './workbench-context';

const useStyles = makeStyles({
  surface: { padding: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden', maxWidth: 'none', maxHeight: 'none' },
  bar: { display: 'flex', alignItems: 'center', gap: '8px', padding: '6px 6px 6px 14px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  origin: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  frame: { flexGrow: 1, border: 'none', width: '100%', backgroundColor: '#fff' },
});

export function DialogOverlay() {
  const styles = useStyles();
  const host = useHost();
  const { dialog, manifest } = useWorkbench();
  const attach = useCallback((el: HTMLIFrameElement | null) => host.attachFrame('dialog', el), [host]);
  if (!dialog) return null;
  const origin = new URL(dialog.requestedUrl).host;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && host.closeDialogAsUser()}>
      <DialogSurface className={styles.surface} aria-label={`${manifest?.displayName ?? 'Add-in'} dialog`}
        style={{ width: `max(320px, ${dialog.width}vw)`, height: `max(240px, ${dialog.height}vh)` }}>
        <div className={styles.bar}>
          <h2 className={styles.title}>{manifest?.displayName ?? 'Add-in'} <span className={styles.origin}>– {origin}</span></h2>
          <Button appearance="subtle" aria-label="Close dialog" icon={<DismissIcon />} onClick={() => host.closeDialogAsUser()} />
        </div>
        <iframe key={dialog.id} ref={attach} className={styles.frame} title="Add-in dialog" src={dialog.url} />
      </DialogSurface>
    </Dialog>
  );
}
