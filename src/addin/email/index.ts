/**
 * Message → record mapping for "Create from email" (pure: no Office, no DOM; runs in the pane and
 * in Node). See docs/email-mapping.md.
 */
export { mapMessage, bodyText } from './map-message';
export type { MapInput, MapOptions, MappedRecord, MailItemInput, MessageBody, MapWarning, MapWarningCode } from './map-message';
export { MAP_TARGETS, TARGET_FIELDS, EXTERNAL_ID_MAX, CUSTOM_PROPERTIES_MAX } from './field-limits';
export type { MapTarget, TargetFields } from './field-limits';
export { htmlToText } from './html-to-text';
export { QUOTE_MARK, linkSuffix, meaningfulAlt, isTrackingPixel, isHiddenElement } from './html-rules';
export type { HtmlToTextOptions } from './html-to-text';
export { decodeEntities } from './entities';
export { tokenize } from './html-tokenizer';
export type { Attributes, TokenHandler } from './html-tokenizer';
export { tidyText, plainTextToText } from './plain-text';
export { trimQuotedHistory, stripQuoteMarks } from './quoted-history';
export type { TrimResult } from './quoted-history';
export { truncateText, boundaryBefore } from './truncate';
export type { TruncateResult, Truncation } from './truncate';
export { sanitizeHtml, safeStyle, escapeHtml } from './sanitize-html';
export type { SanitizeOptions, SanitizedHtml } from './sanitize-html';
export { titleFromSubject, stripSubject, cutAtWord, formatDateTime } from './title';
export type { TitleOptions, TitleResult } from './title';
export { planAttachments, sanitizeFileName, selectionBudget } from './attachments';
export type { AttachmentInput, AttachmentKind, AttachmentFlag, PlannedAttachment, AttachmentPlanOptions } from './attachments';
export { senderQuery, splitDisplayName, ticketNumbersIn, normaliseAddress, isValidAddress, asciiHost } from './sender-query';
export type { SenderQuery, SenderProblem, ContactProposal, MailAddressInput } from './sender-query';
export { matchSender, webHost } from './sender-match';
export type {
  SenderLookupPort, SenderDecision, NoneReason, ResourceMatch, ContactMatch, CompanyMatch, TicketMatch, TicketLookup, ContactField,
} from './sender-match';
export { PUBLIC_MAIL_DOMAINS, isPublicMailDomain } from './public-domains';
export {
  AUTOTASK_CATEGORY, SAVED_MARKER_PROPERTY, EXTERNAL_ID_PREFIX, EmailMappingError, normaliseMessageId, externalIdFor,
  serializeSavedMarker, parseSavedMarker,
} from './saved-marker';
export type { SavedMarker, EmailMappingErrorCode } from './saved-marker';
export { sha256, toHex, toBase64Url } from './sha256';
export {
  decodeUtf7, decodeBytes, decodeHeaderValue, decodeUndeclared, charsetHints, repairHeader, firstMailbox, rawHeaderValues, headerBlock, binaryString,
} from './header-decoding';
export type { RawCharsetHints } from './header-decoding';
