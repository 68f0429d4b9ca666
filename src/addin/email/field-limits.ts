/**
 * The record each "Create from email" form makes, and the Autotask field lengths its title and
 * text must fit (reference autotask-rest-api.md §9).
 */

export type MapTarget = 'ticket' | 'companyNote' | 'contactNote' | 'ticketNote' | 'projectNote' | 'taskNote';

export const MAP_TARGETS: readonly MapTarget[] = Object.freeze(['ticket', 'companyNote', 'contactNote', 'ticketNote', 'projectNote', 'taskNote']);

export interface TargetFields {
  /** Autotask entity the form creates. */
  entity: 'Tickets' | 'CompanyNotes' | 'TicketNotes' | 'ProjectNotes' | 'TaskNotes';
  titleField: 'title' | 'name';
  titleMax: number;
  textField: 'description' | 'note';
  textMax: number;
}

export const TARGET_FIELDS: Readonly<Record<MapTarget, TargetFields>> = Object.freeze({
  ticket: { entity: 'Tickets', titleField: 'title', titleMax: 255, textField: 'description', textMax: 8000 },
  companyNote: { entity: 'CompanyNotes', titleField: 'name', titleMax: 128, textField: 'note', textMax: 32000 },
  contactNote: { entity: 'CompanyNotes', titleField: 'name', titleMax: 128, textField: 'note', textMax: 32000 },
  ticketNote: { entity: 'TicketNotes', titleField: 'title', titleMax: 250, textField: 'description', textMax: 32000 },
  projectNote: { entity: 'ProjectNotes', titleField: 'title', titleMax: 250, textField: 'description', textMax: 32000 },
  taskNote: { entity: 'TaskNotes', titleField: 'title', titleMax: 250, textField: 'description', textMax: 32000 },
});

/** Tickets externalID holds 50 characters. */
export const EXTERNAL_ID_MAX = 50;
/** Office custom properties: 2,500 characters in all. */
export const CUSTOM_PROPERTIES_MAX = 2500;
