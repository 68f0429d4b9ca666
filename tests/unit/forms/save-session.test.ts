/**
 * @jest-environment jsdom
 *
 * Saves under `auth.run` with the real sign-in controller (fake gateway): a session that ends in
 * the middle of a save brings the sign-in prompt back, and once signed in again the save goes on
 * without ever creating a second ticket or note.
 */
import { AutotaskAuthenticationError, type CompanyNoteCreate, type TicketCreate } from '../../../src/autotask';
import { saveNote, type NotePort } from '../../../src/addin/forms/note-save';
import { onceCreatingPort, saveTicket, type TicketPort } from '../../../src/addin/forms/ticket-save';
import { VALID_CODE, createFakeGateway } from '../addin/fakes/fake-gateway';
import { makeServices } from '../addin/fakes/render-pane';

const flush = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((r) => setTimeout(r, 0));
};
const sessionEnded = () => new AutotaskAuthenticationError('Autotask refused the session', { status: 401 });

async function signedIn() {
  const gateway = createFakeGateway();
  const { services } = makeServices({ gateway, storedSession: gateway.issue('otp') });
  await services.auth.start();
  return services;
}

/** Tickets in memory; `endSessionAt` makes one step answer 401 once (the gateway refused: nothing happened there). */
function ticketStore(endSessionAt: 'find' | 'create' | 'number') {
  const tickets: { id: number; ext: string | null }[] = [];
  let ended = false;
  const once = (step: typeof endSessionAt) => {
    if (step === endSessionAt && !ended) {
      ended = true;
      throw sessionEnded();
    }
  };
  const port: TicketPort = {
    async findByExternalId(ext) {
      once('find');
      return tickets.filter((t) => t.ext === ext).map((t) => ({ id: t.id, ticketNumber: `T20261130.${String(t.id).padStart(4, '0')}` }));
    },
    async create(body: TicketCreate) {
      once('create');
      const id = tickets.length + 1;
      tickets.push({ id, ext: (body.externalID as string | undefined) ?? null });
      return id;
    },
    async numberOf(id) {
      once('number');
      return `T20261130.${String(id).padStart(4, '0')}`;
    },
  };
  return { port, tickets };
}

const BODY = { companyID: 7, title: 'Printer down', status: 1, priority: 2, queueID: 3, externalID: 'olk:m1' } as TicketCreate;

describe('a session that ends during a ticket save', () => {
  it.each(['find', 'create', 'number'] as const)('at "%s": sign-in comes back, then the save finishes with exactly one ticket', async (step) => {
    const services = await signedIn();
    const { port, tickets } = ticketStore(step);
    const once = onceCreatingPort(port); // one per save, outside the action that may run twice
    const saving = services.auth.run(() => saveTicket(once, BODY));
    await flush();
    expect(services.auth.getState()).toMatchObject({ status: 'signed-out', prompt: { reason: 'session-ended' } });
    await services.auth.signInWithOtp(VALID_CODE);
    await expect(saving).resolves.toEqual({ kind: 'created', ticket: { id: 1, ticketNumber: 'T20261130.0001' }, recovered: false });
    expect(tickets).toHaveLength(1);
  });

  it('without the once-creating port, a rerun after the ticket was made would see it as a duplicate (why the port exists)', async () => {
    const services = await signedIn();
    const { port, tickets } = ticketStore('number');
    const saving = services.auth.run(() => saveTicket(port, BODY));
    await flush();
    await services.auth.signInWithOtp(VALID_CODE);
    await expect(saving).resolves.toMatchObject({ kind: 'duplicate' });
    expect(tickets).toHaveLength(1);
  });

  it('a cancelled sign-in leaves the save failed (the form keeps its values and Save works again)', async () => {
    const services = await signedIn();
    const { port, tickets } = ticketStore('create');
    const saving = services.auth.run(() => saveTicket(onceCreatingPort(port), BODY));
    await flush();
    services.auth.cancelSignIn();
    await expect(saving).rejects.toMatchObject({ code: 'SIGN_IN_CANCELLED' });
    expect(tickets).toHaveLength(0);
  });
});

describe('a session that ends during a note save', () => {
  it('the 401 came before Autotask saw the note: after sign-in it is saved once', async () => {
    const services = await signedIn();
    const notes: number[] = [];
    let ended = false;
    const port: NotePort = {
      async create() {
        if (!ended) {
          ended = true;
          throw sessionEnded();
        }
        notes.push(notes.length + 1);
        return notes.length;
      },
      findRecent: async () => [],
    };
    const body = { companyID: 7, name: 'Printer', note: 'x', actionType: 3, assignedResourceID: 29, startDateTime: 'a', endDateTime: 'a' } as unknown as CompanyNoteCreate;
    const saving = services.auth.run(() => saveNote(port, 7, body));
    await flush();
    expect(services.auth.getState().prompt).toMatchObject({ reason: 'session-ended' });
    await services.auth.signInWithOtp(VALID_CODE);
    await expect(saving).resolves.toMatchObject({ id: 1, recovered: false });
    expect(notes).toEqual([1]);
  });
});
