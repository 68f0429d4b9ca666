/**
 * A service call saved only in part: exactly what exists in Autotask (the call's id, each ticket
 * attached or not, each resource assigned or not), Autotask's own words, and the two ways out:
 * Finish (only the missing steps) and Remove (what was made, in reverse order). When Autotask
 * would not let a removal through, the list of what to remove by hand, with a link.
 * @jsxRuntime automatic
 */
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useOffline } from '../connectivity/use-connectivity';
import { t } from '../strings';
import { OpenLink } from './ResultPanel';
import { resourceKey, type ServiceCallPlan, type ServiceCallProgress } from './service-call-save';

export interface ProgressNames {
  ticket(id: number): string;
  resource(id: number): string;
}

/** One line per step of the plan, saying whether it exists (pure). */
export function progressLines(plan: ServiceCallPlan, p: ServiceCallProgress, names: ProgressNames): string[] {
  const lines: string[] = [];
  if (p.callId !== null) lines.push(t('serviceCall.partial.call', { id: p.callId }));
  else lines.push(t(p.callUncertainSince ? 'serviceCall.partial.callMaybe' : 'serviceCall.partial.callMissing'));
  for (const ticketId of plan.tickets) {
    const ticket = names.ticket(ticketId);
    lines.push(t(p.tickets[ticketId] !== undefined ? 'serviceCall.partial.ticket' : 'serviceCall.partial.ticketMissing', { ticket }));
    for (const r of plan.resources) {
      const key = p.resources[resourceKey(ticketId, r.resourceId)] !== undefined ? 'serviceCall.partial.resource' : 'serviceCall.partial.resourceMissing';
      lines.push(t(key, { resource: names.resource(r.resourceId), ticket }));
    }
  }
  return lines;
}

export interface ServiceCallProgressPanelProps {
  plan: ServiceCallPlan;
  progress: ServiceCallProgress;
  names: ProgressNames;
  /** Autotask's text for the failed step. */
  detail: string;
  busy: boolean;
  onFinish(): void;
  onRemove(): void;
}

export function ServiceCallProgressPanel({ plan, progress, names, detail, busy, onFinish, onRemove }: ServiceCallProgressPanelProps) {
  const offline = useOffline();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="service-call-partial">
      <MessageBarBody>
        <MessageBarTitle>{t('serviceCall.partial.title')}</MessageBarTitle>
        <Text as="p">{t('serviceCall.partial.failed', { detail })}</Text>
        <Text as="p">{t('serviceCall.partial.exists')}</Text>
        <ul>
          {progressLines(plan, progress, names).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <Text as="p">{t('serviceCall.partial.what')}</Text>
        {offline ? <Caption1 as="p">{t('form.offline')}</Caption1> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy || offline} onClick={onFinish}>
          {t('serviceCall.finish')}
        </Button>
        <Button disabled={busy || offline} onClick={onRemove}>
          {t('serviceCall.removeAll')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export interface RemoveByHandProps {
  plan: ServiceCallPlan;
  left: ServiceCallProgress;
  names: ProgressNames;
  detail: string;
  url: string | null;
}

/** Only what still exists (pure): what to remove by hand. */
export function existingLines(plan: ServiceCallPlan, p: ServiceCallProgress, names: ProgressNames): string[] {
  const lines: string[] = p.callId !== null ? [t('serviceCall.removeFailed.call', { id: p.callId })] : [];
  for (const ticketId of plan.tickets) {
    if (p.tickets[ticketId] === undefined) continue;
    const ticket = names.ticket(ticketId);
    lines.push(t('serviceCall.partial.ticket', { ticket }));
    for (const r of plan.resources) {
      if (p.resources[resourceKey(ticketId, r.resourceId)] !== undefined) lines.push(t('serviceCall.partial.resource', { resource: names.resource(r.resourceId), ticket }));
    }
  }
  return lines;
}

/** What the add-in could not delete, to remove in Autotask. */
export function RemoveByHand({ plan, left, names, detail, url }: RemoveByHandProps) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="service-call-remove-by-hand">
      <MessageBarBody>
        <MessageBarTitle>{t('serviceCall.removeFailed', { detail })}</MessageBarTitle>
        <ul>
          {existingLines(plan, left, names).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {url ? <OpenLink url={url}>{t('serviceCall.open')}</OpenLink> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
