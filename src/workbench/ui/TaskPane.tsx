/** The add-in task pane (≈350 px): the pane URL in a same-origin frame, with pin and close. */
import { Button, makeStyles, ToggleButton, tokens, Tooltip } from '@fluentui/react-components';
import { useCallback } from 'react';
import { DismissIcon, PinIcon } from './icons';
import { useHost, useWorkbench } from './workbench-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  header: { display: 'flex', alignItems: 'center', gap: '6px', padding: '6px 6px 6px 12px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  frame: { flexGrow: 1, width: '100%', border: 'none', backgroundColor: tokens.colorNeutralBackground1 },
});

export function TaskPane() {
  const styles = useStyles();
  const host = useHost();
  const { pane, paneNonce, manifest } = useWorkbench();
  const attach = useCallback((el: HTMLIFrameElement | null) => host.attachFrame('taskpane', el), [host]);
  if (!pane) return null;
  const name = manifest?.displayName ?? 'Add-in';
  const icon = manifest?.iconUrl;
  return (
    <aside className={styles.root} aria-label="Add-in task pane" data-control-id={pane.controlId}>
      <div className={styles.header}>
        {icon && <img src={host.assetUrl(icon)} alt="" width={16} height={16} />}
        <h2 className={styles.title}>{name}</h2>
        {pane.supportsPinning && (
          <Tooltip content={pane.pinned ? 'Unpin: close the pane when another message is selected' : 'Pin: keep the pane open across messages'} relationship="description">
            <ToggleButton appearance="subtle" size="small" checked={pane.pinned} aria-label="Pin task pane"
              icon={<PinIcon filled={pane.pinned} />} onClick={() => host.setPinned(!pane.pinned)} />
          </Tooltip>
        )}
        <Button appearance="subtle" size="small" aria-label="Close task pane" icon={<DismissIcon />} onClick={() => host.closeTaskPane()} />
      </div>
      <iframe key={paneNonce} ref={attach} className={styles.frame} title="Autotask task pane" src={pane.url} />
    </aside>
  );
}

/** The hidden runtime for ExecuteFunction commands (the manifest's FunctionFile), loaded once. */
export function FunctionRuntime() {
  const host = useHost();
  const { functionFileUrl } = useWorkbench();
  const attach = useCallback((el: HTMLIFrameElement | null) => host.attachFrame('function-file', el), [host]);
  if (!functionFileUrl) return null;
  return <iframe ref={attach} title="Add-in function runtime" src={functionFileUrl} hidden />;
}
