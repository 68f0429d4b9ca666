/** Office.js enumerations with the string values office.js uses at run time. */

export const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;
export const CoercionType = {
  Text: 'text', Html: 'html', Matrix: 'matrix', Table: 'table', Ooxml: 'ooxml', SlideRange: 'slideRange', Image: 'image', XmlSvg: 'xmlSvg',
} as const;
export const EventType = {
  ItemChanged: 'olkItemSelectedChanged',
  OfficeThemeChanged: 'officeThemeChanged',
  DialogMessageReceived: 'dialogMessageReceived',
  DialogEventReceived: 'dialogEventReceived',
  DialogParentMessageReceived: 'dialogParentMessageReceived',
  RecipientsChanged: 'olkRecipientsChanged',
  AppointmentTimeChanged: 'olkAppointmentTimeChanged',
  RecurrenceChanged: 'olkRecurrenceChanged',
  AttachmentsChanged: 'olkAttachmentsChanged',
  InfobarClicked: 'olkInfobarClicked',
  SelectedItemsChanged: 'olkSelectedItemsChanged',
} as const;
export const HostType = {
  Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access',
} as const;
export const PlatformType = {
  PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal',
} as const;
export const InitializationReason = { Inserted: 'inserted', DocumentOpened: 'documentOpened' } as const;
export const SourceProperty = { Body: 'body', Subject: 'subject' } as const;

export const MailboxEnums = {
  ItemType: { Message: 'message', Appointment: 'appointment' },
  AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
  AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
  AttachmentStatus: { Added: 'added', Removed: 'removed' },
  ItemNotificationMessageType: {
    ProgressIndicator: 'progressIndicator', InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage', InsightMessage: 'insightMessage',
  },
  RecipientType: { Other: 'other', DistributionList: 'distributionList', User: 'user', ExternalUser: 'externalUser' },
  EntityType: {
    MeetingSuggestion: 'meetingSuggestion', TaskSuggestion: 'taskSuggestion', Address: 'address', EmailAddress: 'emailAddress', Url: 'url', PhoneNumber: 'phoneNumber', Contact: 'contact',
  },
  RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
  CategoryColor: Object.fromEntries(
    [['None', 'None'], ...Array.from({ length: 25 }, (_, i) => [`Preset${i}`, `Preset${i}`])],
  ) as Record<string, string>,
  AccountTypeEnum: { MSA: 'msa', AAD: 'aad', Enterprise: 'enterprise', Other: 'other' },
  BodyType: { Text: 'text', Html: 'html' },
  ResponseType: { None: 'none', Organizer: 'organizer', Tentative: 'tentative', Accepted: 'accepted', Declined: 'declined' },
  ActionType: { ShowTaskPane: 'showTaskPane' },
  OWAView: { OneColumnNarrow: 'OneColumnNarrow', OneColumn: 'OneColumn', TwoColumns: 'TwoColumns', ThreeColumns: 'ThreeColumns' },
} as const;
