/** The message list: a listbox of the folder's messages; arrows, Home and End select, as in Outlook. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { WorkbenchMessage } from '../model/message';
import { FOLDERS } from './FolderRail';
import { CATEGORY_COLORS, displayName, formatListDate } from './format';
import { AttachIcon, ImportantIcon } from './icons';
import { useHost, useWorkbench } from './workbench-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, borderRight: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, padding: '12px 16px 8px' },
  list: { listStyle: 'none', margin: 0, padding: 0, overflowY: 'auto', flexGrow: 1, outline: 'none' },
  item: {
    padding: '8px 12px 8px 14px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, cursor: 'pointer', borderLeft: '3px solid transparent',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  unread: { borderLeftColor: tokens.colorBrandStroke1 },
  row: { display: 'flex', alignItems: 'center', gap: '6px', minWidth: 0 },
  sender: { flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase300 },
  bold: { fontWeight: tokens.fontWeightSemibold },
  subject: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200, flexGrow: 1 },
  unreadSubject: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  date: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  preview: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  dot: { width: '8px', height: '8px', borderRadius: '2px', flexShrink: 0 },
  important: { color: tokens.colorPaletteRedForeground1 },
  empty: { padding: '24px 16px', color: tokens.colorNeutralForeground3 },
});

function label(m: WorkbenchMessage): string {
  const parts = [m.unread ? 'Unread' : '', displayName(m.from), m.subject || '(No subject)', formatListDate(m.dateTimeCreated)];
  if (m.attachments.some((a) => !a.isInline)) parts.push('has attachments');
  if (m.importance === 'high') parts.push('high importance');
  return parts.filter(Boolean).join(', ');
}

export function MessageList({ filter }: { filter: string }) {
  const styles = useStyles();
  const host = useHost();
  const { messages, folder, selectedId, masterCategories } = useWorkbench();
  const listRef = useRef<HTMLUListElement>(null);
  const q = filter.trim().toLowerCase();
  const shown = messages.filter((m) => m.folder === folder && (!q || `${m.subject} ${displayName(m.from)} ${m.from?.address ?? ''} ${m.preview}`.toLowerCase().includes(q)));
  const folderLabel = FOLDERS.find((f) => f.id === folder)?.label ?? folder;

  useEffect(() => {
    if (!selectedId) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(selectedId)}"]`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  const move = (e: KeyboardEvent) => {
    const i = shown.findIndex((m) => m.id === selectedId);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: shown.length - 1 }[e.key];
    if (next === undefined || !shown.length) return;
    e.preventDefault();
    const target = shown[Math.max(0, Math.min(shown.length - 1, next))]!;
    host.selectMessage(target.id);
    listRef.current?.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(target.id)}"]`)?.focus();
  };

  return (
    <section className={styles.root} aria-labelledby="wb-list-heading">
      <h2 id="wb-list-heading" className={styles.heading}>{folderLabel}</h2>
      {shown.length === 0 ? (
        <p className={styles.empty}>{q ? `No messages match "${filter}".` : 'Nothing in this folder.'}</p>
      ) : (
        <ul ref={listRef} role="listbox" aria-label="Messages" className={styles.list} onKeyDown={move}>
          {shown.map((m) => {
            const selected = m.id === selectedId;
            const cats = host.itemCategories(m.itemId);
            return (
              <li key={m.id} role="option" aria-selected={selected} aria-label={label(m)} data-message-id={m.id}
                tabIndex={selected || (!selectedId && m === shown[0]) ? 0 : -1}
                className={mergeClasses(styles.item, selected && styles.selected, m.unread && styles.unread)}
                onClick={() => host.selectMessage(m.id)}>
                <div className={styles.row}>
                  <span className={mergeClasses(styles.sender, m.unread && styles.bold)}>{displayName(m.from)}</span>
                  {m.importance === 'high' && <ImportantIcon className={styles.important} />}
                  {m.attachments.some((a) => !a.isInline) && <AttachIcon />}
                </div>
                <div className={styles.row}>
                  <span className={mergeClasses(styles.subject, m.unread && styles.unreadSubject)}>{m.subject || '(No subject)'}</span>
                  {cats.map((c) => (
                    <span key={c} className={styles.dot} title={c}
                      style={{ backgroundColor: CATEGORY_COLORS[masterCategories.find((x) => x.displayName === c)?.color ?? 'None'] }} />
                  ))}
                  <span className={styles.date}>{formatListDate(m.dateTimeCreated)}</span>
                </div>
                <div className={styles.preview}>{m.preview}</div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
