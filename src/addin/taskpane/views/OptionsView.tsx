/**
 * Route "options": the Sign-in section (method, who the pane is signed in as, test, sign out),
 * the Calendar date range as drafts (kept while offline and across reloads; saving them comes
 * with calendar sync), then what the rest of Options will cover.
 * @jsxRuntime automatic
 */
import { Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { SignInSection } from '../../auth/SignInSection';
import { draftKey, useDraft } from '../../connectivity/use-draft';
import { t } from '../../strings';
import { PlannedRouteView } from './planned/PlannedRouteView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  number: { maxWidth: '8rem' },
});

/** The proposal's default range (reference §4): 7 days back, 30 ahead. */
const DAYS_BACK = '7';
const DAYS_AHEAD = '30';

function CalendarSection() {
  const styles = useStyles();
  const headingId = useId();
  const hintId = useId();
  const back = useDraft(draftKey('options', 'calendar.daysBack'), DAYS_BACK);
  const ahead = useDraft(draftKey('options', 'calendar.daysAhead'), DAYS_AHEAD);
  return (
    <section className={styles.section} aria-labelledby={headingId} aria-describedby={hintId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {t('options.calendar.heading')}
      </Text>
      <Text as="p" id={hintId} className={styles.heading}>
        {t('options.calendar.hint')}
      </Text>
      <div className={styles.fields}>
        <Field label={t('options.calendar.daysBack')} className={styles.number}>
          <Input type="number" min={0} max={365} inputMode="numeric" value={back.value} onChange={(_, d) => back.setValue(d.value)} />
        </Field>
        <Field label={t('options.calendar.daysAhead')} className={styles.number}>
          <Input type="number" min={0} max={365} inputMode="numeric" value={ahead.value} onChange={(_, d) => ahead.setValue(d.value)} />
        </Field>
      </div>
    </section>
  );
}

export default function OptionsView() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <SignInSection />
      <CalendarSection />
      <PlannedRouteView route="options" context="mailbox" autotaskStatus={false} />
    </div>
  );
}
