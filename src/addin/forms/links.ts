/** Links into Autotask's web UI for a record, from `autotaskWebUrl` (GET /api/config). */

/** Ticket detail page: Autotask's ExecuteCommand for a real zone, `tickets/{id}` in the sandbox's web view. */
export function ticketWebUrl(autotaskWebUrl: string, ticketId: number): string {
  const base = autotaskWebUrl.endsWith('/') ? autotaskWebUrl : `${autotaskWebUrl}/`;
  if (/(^|\.)autotask\.net$/i.test(new URL(base).hostname)) {
    return new URL(`Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenTicketDetail&TicketID=${ticketId}`, base).href;
  }
  return new URL(`tickets/${ticketId}`, base).href;
}

/** Company page (where its notes are listed): Autotask's ExecuteCommand for a real zone, `companies/{id}` in the sandbox. */
export function companyWebUrl(autotaskWebUrl: string, companyId: number): string {
  const base = autotaskWebUrl.endsWith('/') ? autotaskWebUrl : `${autotaskWebUrl}/`;
  if (/(^|\.)autotask\.net$/i.test(new URL(base).hostname)) {
    return new URL(`Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenAccount&AccountID=${companyId}`, base).href;
  }
  return new URL(`companies/${companyId}`, base).href;
}

/**
 * Where a service call shows: the sandbox's calendar; in a real zone the company's page (its
 * calendar items), since no ExecuteCommand code for a service call is confirmed (reference).
 */
export function serviceCallWebUrl(autotaskWebUrl: string, companyId: number): string {
  const base = autotaskWebUrl.endsWith('/') ? autotaskWebUrl : `${autotaskWebUrl}/`;
  if (/(^|\.)autotask\.net$/i.test(new URL(base).hostname)) return companyWebUrl(autotaskWebUrl, companyId);
  return new URL('calendar', base).href;
}
