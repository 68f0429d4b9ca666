/** Calendar: the workbench user's week in the Graph stand-in, day by day; Autotask-owned events show their category and reference. */
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { GraphEvent } from '../../graph/index';
import { loadCalendar, weekRange } from '../graph/graph-mailbox';
import { useGraphData } from './use-graph-data';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, backgroundColor: tokens.colorNeutralBackground1, overflow: 'hidden' },
  bar: { display: 'flex', alignItems: 'center', gap: '8px', padding: '10px 16px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, flexGrow: 1 },
  body: { overflowY: 'auto', padding: '8px 16px 16px' },
  day: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '14px 0 6px', color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  event: { display: 'grid', gridTemplateColumns: '120px 1fr', gap: '2px 12px', padding: '8px 10px', borderLeft: `4px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  autotask: { borderLeftColor: tokens.colorBrandStroke1 },
  time: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  subject: { fontWeight: tokens.fontWeightSemibold },
  meta: { gridColumn: '2', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, display: 'flex', gap: '6px', flexWrap: 'wrap', alignItems: 'center' },
  empty: { color: tokens.colorNeutralForeground3, padding: '24px 0' },
});

const at = (v: { dateTime: string }) => new Date(/Z|[+-]\d\d:\d\d$/.test(v.dateTime) ? v.dateTime : `${v.dateTime.slice(0, 23)}Z`);
const time = (d: Date) => d.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
const dayLabel = (d: Date) => d.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });

function groupByDay(events: GraphEvent[]): Array<[string, GraphEvent[]]> {
  const days = new Map<string, GraphEvent[]>();
  for (const e of [...events].sort((a, b) => at(a.start).getTime() - at(b.start).getTime())) {
    const key = dayLabel(at(e.start));
    days.set(key, [...(days.get(key) ?? []), e]);
  }
  return [...days];
}

export function CalendarView() {
  const styles = useStyles();
  const [week, setWeek] = useState(() => weekRange(new Date()));
  const { data, error, loading, refresh } = useGraphData(() => loadCalendar(week), String(week.start.getTime()));
  const shift = (weeks: number) => setWeek(weekRange(new Date(week.start.getTime() + weeks * 7 * 86_400_000 + 3_600_000)));
  const last = new Date(week.end.getTime() - 86_400_000);
  return (
    <section className={styles.root} aria-labelledby="calendar-title">
      <div className={styles.bar}>
        <h2 id="calendar-title" className={styles.title}>Calendar: {week.start.toLocaleDateString('en-US', { month: 'short', day: 'numeric' })} – {last.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' })}</h2>
        {loading && <Spinner size="tiny" aria-label="Loading" />}
        <Button onClick={() => shift(-1)}>Previous week</Button>
        <Button onClick={() => setWeek(weekRange(new Date()))}>This week</Button>
        <Button onClick={() => shift(1)}>Next week</Button>
        <Button appearance="subtle" onClick={refresh}>Refresh</Button>
      </div>
      <div className={styles.body} tabIndex={0} role="region" aria-labelledby="calendar-title">
        {error && <MessageBar intent="error"><MessageBarBody>Could not read the calendar from the Graph stand-in: {error}</MessageBarBody></MessageBar>}
        {data && data.length === 0 && <p className={styles.empty}>No events this week.</p>}
        {data && groupByDay(data).map(([day, events]) => (
          <div key={day}>
            <h3 className={styles.day}>{day}</h3>
            <ul className={styles.list} aria-label={day}>
              {events.map((e) => {
                const owned = e.categories?.includes('Autotask') === true;
                return (
                  <li key={e.id} className={`${styles.event} ${owned ? styles.autotask : ''}`} data-event-id={e.id}>
                    <span className={styles.time}>{e.isAllDay ? 'All day' : `${time(at(e.start))} – ${time(at(e.end))}`}</span>
                    <span className={styles.subject}>{e.subject || '(No subject)'}</span>
                    <span className={styles.meta}>
                      {e.location?.displayName && <span>{e.location.displayName}</span>}
                      {(e.categories ?? []).map((c) => <Badge key={c} appearance={c === 'Autotask' ? 'filled' : 'tint'} size="small">{c}</Badge>)}
                      {e.sensitivity === 'private' && <Badge appearance="outline" size="small">Private</Badge>}
                      {e.autotaskRef && <span>Autotask {e.autotaskRef.type} {e.autotaskRef.id}</span>}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
