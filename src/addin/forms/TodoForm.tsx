/**
 * Add to Autotask > To-Do: a CompanyToDo on a company, optionally for one of its contacts, with an
 * action type (from metadata; the last choice remembered), assigned to a resource (the user by
 * default), start and end (the user's time zone, sent as UTC) and a description. Checked against
 * CompanyToDos metadata before sending; Autotask's refusal shown as it is; never saved twice.
 * @jsxRuntime automatic
 */
import { Field, Input, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { EntityFields } from '../../autotask';
import type { SessionResource } from '../auth/session';
import { draftKey } from '../connectivity/use-draft';
import { t } from '../strings';
import { useAutotaskClient } from './autotask-services';
import { CompanyPicker } from './CompanyPicker';
import { companyWebUrl } from './links';
import { searchTodoAssignees, todoPort } from './crm-services';
import { FormProblems, LoadFailed, loadWebUrl, useCrmFormStyles, useDraftValues, useFormLoad, useSaveFlow } from './CrmFormParts';
import { EntityPicker } from './EntityPicker';
import { PicklistField } from './PicklistField';
import { RecordUncertainError, saveRecordOnce } from './record-save';
import { ResultPanel } from './ResultPanel';
import { SaveButton } from './SaveButton';
import { localTimeZone } from './schedule';
import { blankTodo, initialActionType, rememberActionType, todoBody, TODO_LABELS, validateTodo, type TodoValues } from './todo-form';

interface Loaded {
  fields: EntityFields;
  webUrl: string | null;
}

export function TodoForm({ me }: { me: SessionResource }) {
  const styles = useCrmFormStyles();
  const client = useAutotaskClient();
  const form = useDraftValues<TodoValues>(draftKey('add-todo', 'form'));
  const flow = useSaveFlow();
  const [uncertainSince, setUncertainSince] = useState<string | null>(null);
  const load = useFormLoad<Loaded>(
    async () => {
      const [fields, webUrl] = await Promise.all([client.metadata.fields('CompanyToDos'), loadWebUrl()]);
      return { fields, webUrl };
    },
    (data) => form.restore(blankTodo(new Date(), me, initialActionType(data.fields)), (v) => typeof v.start === 'string' && 'companyID' in v),
    [client, me.id],
  );

  if (load.error) return <LoadFailed text={load.error} onRetry={load.retry} />;
  const v = form.values;
  const loaded = load.data;
  if (!loaded || !v) return <Spinner size="small" label={t('crm.loading')} />;
  const { fields } = loaded;
  const { problemOf, saving } = flow;
  if (flow.result) return <ResultPanel result={flow.result} onAnother={() => { flow.setResult(null); form.reset(blankTodo(new Date(), me, initialActionType(fields))); }} />;

  const save = () =>
    flow.submit(
      validateTodo(v, fields),
      async () => {
        const saved = await saveRecordOnce(todoPort(client, todoBody(v)), { uncertainSince });
        setUncertainSince(null);
        form.reset(v);
        return {
          title: t('crm.todo.created'),
          number: t('crm.todo.number', { id: saved.id }),
          url: loaded.webUrl && v.companyID ? companyWebUrl(loaded.webUrl, v.companyID) : null,
          uploads: null,
          notes: saved.recovered ? [t('crm.recovered')] : [],
        };
      },
      (error) => setUncertainSince(error instanceof RecordUncertainError ? error.since : null),
    );

  return (
    <form className={styles.form} aria-label={t('crm.todo.label')} onSubmit={(e) => e.preventDefault()}>
      <CompanyPicker
        client={client}
        value={v.companyID ? { id: v.companyID, name: v.companyName } : null}
        onChange={(picked) => form.update({ companyID: picked?.id ?? null, companyName: picked?.name ?? '', contactID: null, contactName: '' })}
        validationMessage={problemOf('companyID')}
        disabled={saving}
      />
      <EntityPicker
        kind="contact"
        client={client}
        label={TODO_LABELS.contactID}
        value={v.contactID ? { id: v.contactID, name: v.contactName } : null}
        onChange={(picked) => form.update({ contactID: picked?.id ?? null, contactName: picked?.name ?? '' })}
        scope={{ companyId: v.companyID }}
        hint={v.companyID ? t('crm.todo.contact.hint') : t('crm.todo.contact.needsCompany')}
        validationMessage={problemOf('contactID')}
        disabled={saving || !v.companyID}
      />
      <PicklistField
        fields={fields}
        name="actionType"
        label={TODO_LABELS.actionType}
        required
        value={v.actionType}
        onChange={(x) => {
          rememberActionType(x);
          form.update({ actionType: x });
        }}
        validationMessage={problemOf('actionType')}
        disabled={saving}
      />
      <EntityPicker
        kind="resource"
        client={client}
        label={TODO_LABELS.assignedToResourceID}
        required
        value={v.assignedToResourceID ? { id: v.assignedToResourceID, name: v.assignedName } : null}
        onChange={(picked) => form.update({ assignedToResourceID: picked?.id ?? null, assignedName: picked?.name ?? '' })}
        search={searchTodoAssignees}
        hint={t('crm.todo.assignee.hint')}
        validationMessage={problemOf('assignedToResourceID')}
        disabled={saving}
      />
      <div className={styles.pair}>
        <Field label={TODO_LABELS.startDateTime} required validationMessage={problemOf('startDateTime')}>
          <Input type="datetime-local" value={v.start} disabled={saving} onChange={(_e, d) => form.update({ start: d.value })} />
        </Field>
        <Field label={TODO_LABELS.endDateTime} required validationMessage={problemOf('endDateTime')}>
          <Input type="datetime-local" value={v.end} disabled={saving} onChange={(_e, d) => form.update({ end: d.value })} />
        </Field>
      </div>
      <Text size={200}>{t('crm.time.zone', { zone: localTimeZone() })}</Text>
      <Field label={TODO_LABELS.activityDescription} validationMessage={problemOf('activityDescription')} hint={t('form.length', { count: v.description.length, max: fields.maxLength('activityDescription') ?? 32000 })}>
        <Textarea value={v.description} rows={5} resize="vertical" disabled={saving} onChange={(_e, d) => form.update({ description: d.value })} />
      </Field>
      <FormProblems problems={flow.problems} refusal={flow.refusal} />
      <SaveButton label={t('crm.todo.save')} saving={saving} onClick={() => void save()} />
    </form>
  );
}
