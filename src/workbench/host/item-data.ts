/** WorkbenchMessage → the plain data the emulator turns into Office.context.mailbox.item. */
import type { AttachmentContentData, AddressData, ItemData } from './host-api';
import { INTERNAL_DOMAIN, type MailAddress, type WorkbenchMessage } from '../model/message';

function address(a: MailAddress | null): AddressData | null {
  if (!a) return null;
  const domain = a.address.split('@')[1]?.toLowerCase() ?? '';
  return {
    displayName: a.name || a.address,
    emailAddress: a.address,
    recipientType: !a.address ? 'other' : domain === INTERNAL_DOMAIN || domain.endsWith(`.${INTERNAL_DOMAIN}`) ? 'user' : 'externalUser',
  };
}

export function toItemData(m: WorkbenchMessage): ItemData {
  return {
    itemId: m.itemId,
    itemType: 'message',
    itemClass: m.itemClass,
    subject: m.subject,
    from: address(m.from),
    sender: address(m.sender),
    to: m.to.map(address).filter((a): a is AddressData => !!a),
    cc: m.cc.map(address).filter((a): a is AddressData => !!a),
    dateTimeCreated: m.dateTimeCreated,
    dateTimeModified: m.dateTimeModified,
    internetMessageId: m.internetMessageId,
    conversationId: m.conversationId,
    attachments: m.attachments.map((a) => ({
      id: a.id, name: a.name, size: a.size, contentType: a.contentType, attachmentType: a.attachmentType, isInline: a.isInline,
    })),
  };
}

export function attachmentContent(m: WorkbenchMessage, attachmentId: string): AttachmentContentData | undefined {
  const a = m.attachments.find((x) => x.id === attachmentId);
  if (!a) return undefined;
  if (a.attachmentType === 'cloud') return { kind: 'url', text: a.url ?? '' };
  if (a.attachmentType === 'item') return { kind: 'eml', text: new TextDecoder().decode(a.content()) };
  return { kind: 'bytes', bytes: a.content() };
}
