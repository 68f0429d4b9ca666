/**
 * Autotask web links for contacts and appointments (links.ts has tickets and companies). A real
 * zone opens contacts through Autotask's ExecuteCommand (the sandbox's web view answers the same
 * command); appointments have no documented ExecuteCommand, so only the sandbox's calendar page
 * is linked and a real zone gets no link (the result still shows the id).
 */
const base = (autotaskWebUrl: string) => (autotaskWebUrl.endsWith('/') ? autotaskWebUrl : `${autotaskWebUrl}/`);
const isAutotaskZone = (url: string) => /(^|\.)autotask\.net$/i.test(new URL(url).hostname);

export function contactWebUrl(autotaskWebUrl: string, contactId: number): string {
  return new URL(`Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenContact&ContactID=${contactId}`, base(autotaskWebUrl)).href;
}

export function calendarWebUrl(autotaskWebUrl: string): string | null {
  const b = base(autotaskWebUrl);
  return isAutotaskZone(b) ? null : new URL('calendar', b).href;
}
