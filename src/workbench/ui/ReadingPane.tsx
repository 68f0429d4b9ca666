/**
 * The reading pane: subject, categories, infobars (the add-in's notificationMessages and the
 * workbench's own notes), sender and recipients, attachments, and the sanitised body in a
 * sandbox="" frame (no script from a message ever runs; remote images are blocked).
 */
import {
  Avatar, Badge, Button, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { htmlPreview, textPreview } from '../mail/sanitize-html';
import { bytesToBase64 } from '../model/bytes';
import { formatAddress, type MailAddress, type MessageAttachment, type WorkbenchMessage } from '../model/message';
import { CATEGORY_COLORS, displayName, formatFullDate, formatSize } from './format';
import { DismissIcon, ImportantIcon } from './icons';
import { useHost, useWorkbench } from './workbench-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, backgroundColor: tokens.colorNeutralBackground2, padding: '12px 16px', gap: '8px', overflowY: 'auto' },
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4, padding: '16px 20px', display: 'flex', flexDirection: 'column', gap: '10px' },
  subject: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500, overflowWrap: 'anywhere' },
  noSubject: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  categories: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  from: { display: 'flex', gap: '12px', alignItems: 'flex-start' },
  fromText: { display: 'flex', flexDirection: 'column', gap: '2px', flexGrow: 1, minWidth: 0, fontSize: tokens.fontSizeBase300 },
  fromName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  fromLine: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: '12px', rowGap: '2px' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  date: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  attachments: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '8px' },
  attachment: {
    display: 'flex', alignItems: 'center', gap: '8px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    padding: '6px 10px', maxWidth: '320px', backgroundColor: tokens.colorNeutralBackground1,
  },
  fileType: {
    fontSize: '10px', fontWeight: tokens.fontWeightBold, color: '#fff', borderRadius: '3px', padding: '2px 4px', minWidth: '28px', textAlign: 'center',
  },
  attachmentText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  attachmentName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  bodyFrame: { flexGrow: 1, minHeight: '320px', width: '100%', border: 'none', borderRadius: tokens.borderRadiusMedium, backgroundColor: '#fff' },
  empty: { margin: 'auto', textAlign: 'center', color: tokens.colorNeutralForeground3 },
  infobarIcon: { width: '16px', height: '16px' },
  important: { color: tokens.colorPaletteRedForeground1, verticalAlign: 'middle' },
});

const TYPE_COLORS: Record<string, string> = { PDF: '#c4314b', ZIP: '#6b6b6b', PNG: '#0f6cbd', JPG: '#0f6cbd', ICS: '#8764b8', EML: '#0f6cbd', TXT: '#616161' };

function Recipients({ label, list }: { label: string; list: MailAddress[] }) {
  const styles = useStyles();
  if (!list.length) return null;
  return (
    <div className={styles.muted}>
      <span>{label}: </span>
      {list.map((a, i) => (
        <span key={`${a.address}-${i}`} title={formatAddress(a)}>{i > 0 ? '; ' : ''}{a.name || a.address}</span>
      ))}
    </div>
  );
}

function AttachmentCard({ a }: { a: MessageAttachment }) {
  const styles = useStyles();
  const ext = (a.name.split('.').pop() ?? '').toUpperCase().slice(0, 4);
  const download = (e: React.MouseEvent<HTMLAnchorElement>) => {
    // Built on demand: the 8 MB sample archive is only generated when someone asks for it.
    const blob = new Blob([a.content() as BlobPart], { type: a.contentType });
    const href = URL.createObjectURL(blob);
    e.currentTarget.href = href;
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  };
  return (
    <li className={styles.attachment}>
      <span className={styles.fileType} style={{ backgroundColor: TYPE_COLORS[ext] ?? '#616161' }} aria-hidden="true">{ext || 'FILE'}</span>
      <span className={styles.attachmentText}>
        <Link href="#" download={a.name} onClick={download} className={styles.attachmentName} aria-label={`${a.name}, ${formatSize(a.size)}`}>{a.name}</Link>
        <span className={styles.muted} aria-hidden="true">{formatSize(a.size)}</span>
      </span>
    </li>
  );
}

function usePreview(message: WorkbenchMessage) {
  return useMemo(() => {
    if (!message.html) return textPreview(message.text ?? '');
    const inline = new Map<string, string>();
    for (const a of message.attachments) {
      if (a.contentId && a.contentType.startsWith('image/') && a.size < 10 * 1024 * 1024) {
        // data: URLs, not blob: URLs: Chromium won't load the page's blob: URLs in an opaque-origin sandbox.
        inline.set(a.contentId, `data:${a.contentType};base64,${bytesToBase64(a.content())}`);
      }
    }
    return htmlPreview(message.html, inline);
  }, [message]);
}

function Infobars({ message, blockedRemote }: { message: WorkbenchMessage; blockedRemote: number }) {
  const styles = useStyles();
  const host = useHost();
  const { notifications, manifest } = useWorkbench();
  const list = notifications[message.itemId] ?? [];
  const addin = manifest?.displayName ?? 'Add-in';
  return (
    <>
      {list.map((n) => (
        <MessageBar key={n.key} intent={n.type === 'errorMessage' ? 'error' : 'info'} data-notification-key={n.key}
          icon={n.type === 'progressIndicator' ? <Spinner size="extra-tiny" /> : n.icon && manifest?.images[n.icon]
            ? <img className={styles.infobarIcon} src={host.assetUrl(manifest.images[n.icon]!)} alt="" /> : undefined}>
          <MessageBarBody><MessageBarTitle>{addin}</MessageBarTitle>{n.message}</MessageBarBody>
          {n.type === 'informationalMessage' && (
            <MessageBarActions containerAction={
              <Button appearance="transparent" aria-label={`Dismiss: ${n.message}`} icon={<DismissIcon />} onClick={() => host.dismissNotification(message.itemId, n.key)} />
            } />
          )}
        </MessageBar>
      ))}
      {message.itemClass === 'IPM.Schedule.Meeting.Request' && (
        <MessageBar intent="info"><MessageBarBody>Meeting request. Accept, tentative and decline are not part of the workbench.</MessageBarBody></MessageBar>
      )}
      {blockedRemote > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>To help protect your privacy, {blockedRemote} external image{blockedRemote === 1 ? ' was' : 's were'} blocked in this message.</MessageBarBody>
        </MessageBar>
      )}
      {message.warnings.map((w) => (
        <MessageBar key={w} intent="warning"><MessageBarBody>{w}</MessageBarBody></MessageBar>
      ))}
    </>
  );
}

function MessageView({ message }: { message: WorkbenchMessage }) {
  const styles = useStyles();
  const host = useHost();
  const { masterCategories } = useWorkbench();
  const preview = usePreview(message);
  const cats = host.itemCategories(message.itemId);
  const files = message.attachments.filter((a) => !a.isInline);
  return (
    <>
      <div className={styles.card}>
        <h2 className={styles.subject}>
          {message.importance === 'high' && <ImportantIcon className={styles.important} aria-label="High importance" aria-hidden={false} role="img" />}
          {message.subject || <span className={styles.noSubject}>(No subject)</span>}
        </h2>
        {cats.length > 0 && (
          <ul className={styles.categories} aria-label="Categories" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {cats.map((c) => {
              const color = CATEGORY_COLORS[masterCategories.find((m) => m.displayName.toLowerCase() === c.toLowerCase())?.color ?? 'None'];
              return <li key={c}><Badge appearance="tint" shape="rounded" style={{ borderColor: color, color: 'inherit', backgroundColor: `${color}33` }}>{c}</Badge></li>;
            })}
          </ul>
        )}
        <Infobars message={message} blockedRemote={preview.blockedRemote} />
        <div className={styles.from}>
          <Avatar name={displayName(message.from)} color="colorful" size={40} aria-hidden="true" />
          <div className={styles.fromText}>
            <div className={styles.fromLine}>
              <span>
                <span className={styles.fromName}>{displayName(message.from)}</span>
                {message.from?.address && message.from.name && <span className={styles.muted}> &lt;{message.from.address}&gt;</span>}
              </span>
              <time className={styles.date} dateTime={message.dateTimeCreated}>{formatFullDate(message.dateTimeCreated)}</time>
            </div>
            <Recipients label="To" list={message.to} />
            <Recipients label="Cc" list={message.cc} />
          </div>
        </div>
        {files.length > 0 && (
          <section aria-label={`${files.length} attachment${files.length === 1 ? '' : 's'}`}>
            <ul className={styles.attachments}>{files.map((a) => <AttachmentCard key={a.id} a={a} />)}</ul>
          </section>
        )}
      </div>
      <iframe key={message.id} title="Message body" sandbox="" className={styles.bodyFrame} srcDoc={preview.html} />
    </>
  );
}

export function ReadingPane() {
  const styles = useStyles();
  const host = useHost();
  useWorkbench();
  const message = host.currentMessage();
  return (
    <main className={styles.root} aria-label="Reading pane">
      {message ? <MessageView message={message} /> : (
        <div className={styles.empty}><p>Select an item to read</p><p>Nothing is selected</p></div>
      )}
    </main>
  );
}
