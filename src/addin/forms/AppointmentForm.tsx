/**
 * Add to Autotask > Appointment: title, description, start and end (shown in the user's time
 * zone, sent as UTC), in the signed-in user's own calendar. Prefilled from the open calendar
 * item (an appointment or a meeting invitation) when there is one. Checked against Appointments
 * metadata before sending; Autotask's refusal shown as it is, the form kept; never saved twice.
 * @jsxRuntime automatic
 */
import { Field, Input, MessageBar, MessageBarBody, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { EntityFields } from '../../autotask';
import type { SessionResource } from '../auth/session';
import { draftKey } from '../connectivity/use-draft';
import type { MailboxItemSummary } from '../office';
import { getItemSchedule } from '../office/calendar-item';
import { t } from '../strings';
import { useOffice } from '../taskpane/pane-context';
import { itemKey } from './FormShell';
import { appointmentBody, appointmentFromItem, APPOINTMENT_LABELS, APPOINTMENT_LIMITS, blankAppointment, validateAppointment, type AppointmentValues } from './appointment-form';
import { useAutotaskClient } from './autotask-services';
import { calendarWebUrl } from './crm-links';
import { appointmentPort } from './crm-services';
import { FormProblems, LoadFailed, loadWebUrl, useCrmFormStyles, useDraftValues, useFormLoad, useSaveFlow } from './CrmFormParts';
import { RecordUncertainError, saveRecordOnce } from './record-save';
import { ResultPanel } from './ResultPanel';
import { SaveButton } from './SaveButton';
import { localTimeZone } from './schedule';

interface Loaded {
  fields: EntityFields;
  webUrl: string | null;
  fromItem: AppointmentValues | null;
}

export function AppointmentForm({ item, me }: { item: MailboxItemSummary | null; me: SessionResource }) {
  const styles = useCrmFormStyles();
  const office = useOffice();
  const client = useAutotaskClient();
  const form = useDraftValues<AppointmentValues>(draftKey('add-appointment', itemKey(item)));
  const flow = useSaveFlow();
  const [uncertainSince, setUncertainSince] = useState<string | null>(null);
  const load = useFormLoad<Loaded>(
    async () => {
      const [fields, webUrl, when] = await Promise.all([client.metadata.fields('Appointments'), loadWebUrl(), item ? getItemSchedule().catch(() => null) : null]);
      const body = when ? await office.getBody('text').catch(() => '') : '';
      const fromItem = when && item ? appointmentFromItem({ subject: item.subject, ...when, body }, fields.maxLength('description') ?? APPOINTMENT_LIMITS.description) : null;
      return { fields, webUrl, fromItem };
    },
    (data) => form.restore(data.fromItem ?? blankAppointment(new Date()), (v) => typeof v.title === 'string' && typeof v.start === 'string'),
    [client, office, item],
  );

  if (load.error) return <LoadFailed text={load.error} onRetry={load.retry} />;
  const v = form.values;
  const loaded = load.data;
  if (!loaded || !v) return <Spinner size="small" label={t('crm.loading')} />;
  const { problemOf, saving } = flow;
  if (flow.result) return <ResultPanel result={flow.result} onAnother={() => { flow.setResult(null); form.reset(blankAppointment(new Date())); }} />;
  const { fields } = loaded;

  const save = () =>
    flow.submit(
      validateAppointment(v, me.id, fields),
      async () => {
        const saved = await saveRecordOnce(appointmentPort(client, appointmentBody(v, me.id)), { uncertainSince });
        setUncertainSince(null);
        form.reset(v);
        return {
          title: t('crm.appointment.created'),
          number: t('crm.appointment.number', { id: saved.id }),
          url: loaded.webUrl ? calendarWebUrl(loaded.webUrl) : null,
          uploads: null,
          notes: saved.recovered ? [t('crm.recovered')] : [],
        };
      },
      (error) => setUncertainSince(error instanceof RecordUncertainError ? error.since : null),
    );

  const zoneHint = t('crm.time.zone', { zone: localTimeZone() });
  return (
    <form className={styles.form} aria-label={t('crm.appointment.label')} onSubmit={(e) => e.preventDefault()}>
      {loaded.fromItem ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('crm.appointment.fromItem')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={APPOINTMENT_LABELS.title} required validationMessage={problemOf('title')} hint={t('form.length', { count: v.title.length, max: fields.maxLength('title') ?? APPOINTMENT_LIMITS.title })}>
        <Input value={v.title} disabled={saving} onChange={(_e, d) => form.update({ title: d.value })} />
      </Field>
      <div className={styles.pair}>
        <Field label={APPOINTMENT_LABELS.startDateTime} required validationMessage={problemOf('startDateTime')}>
          <Input type="datetime-local" value={v.start} disabled={saving} onChange={(_e, d) => form.update({ start: d.value })} />
        </Field>
        <Field label={APPOINTMENT_LABELS.endDateTime} required validationMessage={problemOf('endDateTime')}>
          <Input type="datetime-local" value={v.end} disabled={saving} onChange={(_e, d) => form.update({ end: d.value })} />
        </Field>
      </div>
      <Text size={200}>{zoneHint}</Text>
      <Field label={APPOINTMENT_LABELS.description} validationMessage={problemOf('description')} hint={t('form.length', { count: v.description.length, max: fields.maxLength('description') ?? APPOINTMENT_LIMITS.description })}>
        <Textarea value={v.description} rows={6} resize="vertical" disabled={saving} onChange={(_e, d) => form.update({ description: d.value })} />
      </Field>
      <Field label={t('crm.appointment.resource')} hint={t('crm.appointment.resource.hint')}>
        <Input value={me.name} readOnly />
      </Field>
      <FormProblems problems={flow.problems} refusal={flow.refusal} />
      <SaveButton label={t('crm.appointment.save')} saving={saving} onClick={() => void save()} />
    </form>
  );
}
