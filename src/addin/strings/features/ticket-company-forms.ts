/** English strings of one feature area; spread into ../en.ts. Keys are prefixed by the feature. */
export const ticketCompanyFormsStrings = {
  'tcf.resource.placeholder': 'Type part of a name',
  'tcf.resource.hint': 'Leave empty to leave the ticket in its queue.',
  'tcf.role.none': '(choose a role)',
  'tcf.role.loading': 'Loading roles…',
  'tcf.role.empty': 'This resource has no active roles in Autotask; choose another resource or leave it empty.',
  'tcf.role.needed': 'Choose a role for the primary resource: Autotask takes both or neither.',
  'tcf.queue.orResource': 'Choose a queue or a primary resource: Autotask needs one of them.',
  'tcf.contract.none': 'None',
  'tcf.contract.noDefault': 'This company has no active default contract; the ticket is created without one.',
  'tcf.add.blank': 'A blank form: nothing is taken from the open message.',
  'tcf.attachments.original': 'Also attach the original message (.eml)',
  'tcf.attachments.originalUnsupported': 'This Outlook cannot export the message as a file (it needs Mailbox 1.14), so the original message cannot be attached; its text is in the description.',
  'tcf.note.time.message': 'From the message\'s time, in your time zone ({zone}); Autotask stores UTC.',
  'tcf.note.time.now': 'Now, in your time zone ({zone}); Autotask stores UTC.',
} as const;
