/**
 * Saving a ticket from a message without ever making a second one by accident (pure flow over a
 * port; the pane passes the REST client, tests an in-memory fake):
 * - the body carries `externalID` = externalIdFor(internetMessageId);
 * - before creating, Tickets are queried by that externalID: one found → "duplicate", and only
 *   an explicit `allowDuplicate` creates another;
 * - an ambiguous failure (the request may have reached Autotask) is followed by the same query
 *   before anything else: a ticket that appeared is the one just made; when that query fails
 *   too, UncertainSaveError carries what was known, so the next attempt checks again first.
 */
import { AutotaskAuthenticationError, AutotaskConnectionError, AutotaskServerError, type TicketCreate } from '../../autotask';

export interface TicketRef {
  id: number;
  ticketNumber: string;
}

export interface TicketPort {
  findByExternalId(externalId: string): Promise<TicketRef[]>;
  create(body: TicketCreate): Promise<number>;
  /** The ticket number of a new ticket (null when it cannot be read). */
  numberOf(id: number): Promise<string | null>;
}

export type SaveTicketResult =
  | { kind: 'created'; ticket: TicketRef; recovered: boolean }
  | { kind: 'duplicate'; existing: TicketRef[] };

export interface SaveTicketOptions {
  /** The user saw the existing ticket and asked for another one. */
  allowDuplicate?: boolean;
  /** From a previous UncertainSaveError: the ids that existed before that attempt. */
  uncertain?: readonly number[] | null;
}

/** The last attempt may or may not have created the ticket, and it could not be checked. */
export class UncertainSaveError extends Error {
  override readonly name = 'UncertainSaveError';
  constructor(readonly knownIds: readonly number[], options: { cause: unknown }) {
    super('Autotask may have created the ticket, but it could not be checked.', options);
  }
}

/** The request may have reached Autotask (dropped answer, timeout, 5xx without a verdict). */
export function isAmbiguous(error: unknown): boolean {
  if (error instanceof AutotaskConnectionError) return error.mayHaveReachedServer;
  return error instanceof AutotaskServerError && (error.status ?? 0) >= 500;
}

export async function saveTicket(port: TicketPort, body: TicketCreate, options: SaveTicketOptions = {}): Promise<SaveTicketResult> {
  const externalId = typeof body.externalID === 'string' && body.externalID ? body.externalID : null;
  let known: readonly number[] = options.uncertain ?? [];
  if (externalId) {
    const found = await port.findByExternalId(externalId);
    if (options.uncertain) {
      const fresh = found.find((t) => !options.uncertain!.includes(t.id));
      if (fresh) return { kind: 'created', ticket: fresh, recovered: true };
    } else {
      if (found.length && !options.allowDuplicate) return { kind: 'duplicate', existing: found };
      known = found.map((t) => t.id);
    }
  }
  let id: number;
  try {
    id = await port.create(body);
  } catch (error) {
    if (externalId && isAmbiguous(error)) {
      let after: TicketRef[];
      try {
        after = await port.findByExternalId(externalId);
      } catch {
        throw new UncertainSaveError(known, { cause: error });
      }
      const fresh = after.find((t) => !known.includes(t.id));
      if (fresh) return { kind: 'created', ticket: fresh, recovered: true };
    }
    throw error;
  }
  // The number is nice to have, but an ended session is passed on (auth.run signs in and goes on).
  const ticketNumber = (await port.numberOf(id).catch((error: unknown) => {
    if (error instanceof AutotaskAuthenticationError) throw error;
    return null;
  })) ?? '';
  return { kind: 'created', ticket: { id, ticketNumber }, recovered: false };
}

/**
 * A port for one save that may run twice (auth.run repeats it after a new sign-in): once its
 * create has succeeded, a second run gets the same id without creating again, and the lookup by
 * externalID does not count that ticket as a duplicate.
 */
export function onceCreatingPort(port: TicketPort): TicketPort {
  let createdId: number | null = null;
  return {
    async findByExternalId(externalId) {
      return (await port.findByExternalId(externalId)).filter((t) => t.id !== createdId);
    },
    async create(body) {
      createdId ??= await port.create(body);
      return createdId;
    },
    numberOf: (id) => port.numberOf(id),
  };
}
