/**
 * The Office.MeetingRequest members of a meeting invitation in read mode: `start` and `end`
 * (Date) and `location` (string), as Outlook exposes them on an `IPM.Schedule.Meeting.*` message.
 * The emulator reads them from the invitation's text/calendar attachment (VEVENT DTSTART, DTEND,
 * LOCATION), so samples and opened .eml files alike carry them. Times in UTC (`…Z`) or as dates;
 * a TZID-qualified local time is read as UTC (the samples use UTC).
 */
import type { AttachmentContentData, ItemData } from '../host/host-api';

export interface MeetingTimes {
  start: Date;
  end: Date;
  location: string;
}

/** Unfolded `NAME;params:value` lines of an iCalendar text. */
function icsLines(text: string): string[] {
  return text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
}

function icsDate(value: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)));
  return Number.isNaN(d.getTime()) ? null : d;
}

const unescapeText = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

/** DTSTART, DTEND and LOCATION of the first VEVENT, or null without a usable start and end. */
export function parseMeetingTimes(ics: string): MeetingTimes | null {
  const found: Record<string, string> = {};
  let inEvent = false;
  for (const line of icsLines(ics)) {
    if (/^BEGIN:VEVENT$/i.test(line)) inEvent = true;
    else if (/^END:VEVENT$/i.test(line)) break;
    else if (inEvent) {
      const m = /^(DTSTART|DTEND|LOCATION)(?:;[^:]*)?:(.*)$/i.exec(line);
      if (m && !(m[1]!.toUpperCase() in found)) found[m[1]!.toUpperCase()] = m[2]!;
    }
  }
  const start = found.DTSTART ? icsDate(found.DTSTART) : null;
  const end = found.DTEND ? icsDate(found.DTEND) : null;
  return start && end ? { start, end, location: unescapeText(found.LOCATION ?? '') } : null;
}

/** The members to add to a meeting request's item; {} for other messages. */
export function meetingRequestMembers(
  data: ItemData,
  content: (attachmentId: string) => AttachmentContentData | undefined,
): Partial<MeetingTimes> {
  if (!/^IPM\.Schedule\.Meeting\./i.test(data.itemClass)) return {};
  const calendar = data.attachments.find((a) => /^text\/calendar/i.test(a.contentType) || /\.ics$/i.test(a.name));
  const bytes = calendar ? content(calendar.id)?.bytes : undefined;
  const times = bytes ? parseMeetingTimes(new TextDecoder().decode(bytes)) : null;
  return times ?? {};
}
