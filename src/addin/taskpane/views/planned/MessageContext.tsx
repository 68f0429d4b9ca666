/**
 * The selected message a "create from email" command will use: subject, sender, attachments.
 * Follows the selection when the pane is pinned.
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { MailboxItemSummary } from '../../../office';
import { t } from '../../../strings';
import { useOffice } from '../../pane-context';
import { useMailboxItem } from '../../use-mailbox-item';
import { Facts } from './Facts';

function sender(item: MailboxItemSummary): string {
  if (!item.from) return t('context.message.unknownSender');
  const { name, address } = item.from;
  return name && address && name !== address ? `${name} <${address}>` : name || address;
}

export function messageFacts(item: MailboxItemSummary) {
  const attachments = item.attachments.filter((a) => !a.isInline).length;
  return [
    { term: t('context.message.subject'), value: item.subject || t('context.message.noSubject') },
    { term: t('context.message.from'), value: sender(item) },
    {
      term: t('context.message.attachments'),
      value:
        attachments === 0
          ? t('context.message.noAttachments')
          : attachments === 1
            ? t('context.message.attachmentCount.one')
            : t('context.message.attachmentCount.other', { count: attachments }),
    },
  ];
}

export function MessageContext({ onReady }: { onReady: () => void }) {
  const state = useMailboxItem(useOffice());
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) onReady();
  }, [ready, onReady]);

  if (state.status === 'loading') return <Spinner size="small" label={t('context.message.loading')} />;
  if (!state.item) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('context.message.none.title')}</MessageBarTitle>
          {t('context.message.none.body')}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <Facts facts={messageFacts(state.item)} />;
}
