/**
 * The record a note goes on: a ticket (the subject's ticket and the sender's open tickets offered
 * first), a project (baseline projects are never offered), or a project and then one of its tasks.
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { AutotaskClient } from '../../autotask';
import { t } from '../strings';
import { projectTasks, type PickedEntity } from './entity-search';
import { EntityPicker } from './EntityPicker';
import { useCompanyLookup } from './use-company-lookup';
import { workNoteLabels, type WorkNoteState, type WorkNoteTarget } from './work-note';
import type { TicketHint } from './work-note-load';

/** What the subject said about the ticket: found, several, or numbers Autotask does not know. */
export function TicketChoiceNotice({ hint }: { hint: TicketHint }) {
  if (!hint.numbers.length) return null;
  const [intent, text] = hint.found.length === 1
    ? (['info', t('workNote.ticket.fromSubject', { number: String(hint.found[0]!.extra?.ticketNumber ?? hint.found[0]!.name) })] as const)
    : hint.found.length > 1
      ? (['warning', t('workNote.ticket.choice')] as const)
      : (['warning', t('workNote.ticket.notFound', { numbers: hint.numbers.join(', ') })] as const);
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

const NO_TASKS: PickedEntity[] = [];

export interface WorkNoteParentsProps {
  target: WorkNoteTarget;
  client: AutotaskClient;
  form: WorkNoteState;
  update(patch: Partial<WorkNoteState>): void;
  /** Tickets offered before anything is typed. */
  suggestions: readonly PickedEntity[];
  problemOf(field: string): string | undefined;
  disabled: boolean;
}

export function WorkNoteParents({ target, client, form, update, suggestions, problemOf, disabled }: WorkNoteParentsProps) {
  const labels = workNoteLabels();
  // Once the project is chosen, its open tasks are offered before anything is typed.
  const tasks = useCompanyLookup(target === 'taskNote' ? (form.parent?.id ?? null) : null, (id, signal) => projectTasks(client, id, signal), NO_TASKS);
  if (target === 'ticketNote') {
    return (
      <EntityPicker
        kind="ticket"
        client={client}
        label={labels.ticketID!}
        placeholder={t('workNote.ticket.placeholder')}
        hint={t('workNote.ticket.hint')}
        required
        allowInactive
        value={form.parent}
        onChange={(parent) => update({ parent })}
        suggestions={suggestions}
        validationMessage={problemOf('ticketID')}
        disabled={disabled}
      />
    );
  }
  return (
    <>
      <EntityPicker
        kind="project"
        client={client}
        label={labels.projectID!}
        placeholder={t('workNote.project.placeholder')}
        required
        allowInactive
        value={form.parent}
        onChange={(parent) => update({ parent, task: null })}
        validationMessage={problemOf('projectID')}
        disabled={disabled}
      />
      {target === 'taskNote' ? (
        <EntityPicker
          kind="task"
          client={client}
          label={labels.taskID!}
          placeholder={t('workNote.task.placeholder')}
          hint={form.parent ? undefined : t('workNote.task.needsProject')}
          required
          allowInactive
          suggestions={tasks ?? NO_TASKS}
          scope={{ projectId: form.parent?.id ?? null }}
          value={form.task}
          onChange={(task) => update({ task })}
          validationMessage={problemOf('taskID')}
          disabled={disabled || !form.parent}
        />
      ) : null}
    </>
  );
}
