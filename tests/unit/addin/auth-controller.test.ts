/**
 * @jest-environment jsdom
 *
 * The sign-in controller without UI: the start check only with a stored token, expiry without
 * a request, the prompt as the one way to get a session, the Autotask proxy's headers, a 401
 * `invalid_session` answered by signing in again and repeating, sign-out, Microsoft (nested app
 * authentication, else the Office dialog) and KaseyaOne through the dialog.
 */
import { isAuthError } from '../../../src/addin/auth/auth-errors';
import { autotaskBeforeRequest } from '../../../src/addin/auth/autotask-access';
import { MicrosoftTokenError } from '../../../src/addin/auth/microsoft-naa';
import { SESSION_KEY } from '../../../src/addin/auth/session-store';
import type { DialogEvent, DialogHandle } from '../../../src/addin/office';
import { OfficeApiError } from '../../../src/addin/office';
import { createFakeFacade } from './fakes/fake-facade';
import { RESOURCE, VALID_CODE, createFakeGateway } from './fakes/fake-gateway';
import { makeServices, ORIGIN } from './fakes/render-pane';

const stored = (token = 'tok_storedstoredstoredstored', expiresAt = new Date(Date.now() + 3600_000).toISOString()) => ({
  token, expiresAt, method: 'otp' as const, resource: { ...RESOURCE },
});

/** A fake Office dialog: the test plays the dialog page (messages) or the user (events). */
function fakeDialog() {
  let handler: ((e: DialogEvent) => void) | undefined;
  const handle: DialogHandle & { send(m: unknown): void; event(code: number): void } = {
    onEvent: (h) => void (handler = h),
    messageChild: jest.fn(async () => true),
    close: jest.fn(async () => undefined),
    send: (m) => handler?.({ kind: 'message', message: typeof m === 'string' ? m : JSON.stringify(m), origin: ORIGIN }),
    event: (code) => handler?.({ kind: 'event', code }),
  };
  return handle;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('start', () => {
  it('asks nothing without a stored token', async () => {
    const { services, gateway } = makeServices();
    await services.auth.start();
    expect(services.auth.getState().status).toBe('signed-out');
    expect(gateway.requests).toEqual([]);
  });

  it('checks a stored token once with GET /auth/session', async () => {
    const gateway = createFakeGateway();
    const session = gateway.issue('otp');
    const { services } = makeServices({ gateway, storedSession: session });
    await services.auth.start();
    expect(gateway.requests.map((r) => `${r.method} ${r.url} ${r.headers.Authorization}`)).toEqual([`GET /auth/session Bearer ${session.token}`]);
    expect(services.auth.getState()).toMatchObject({ status: 'signed-in', verified: true, session: { resource: { name: 'Sam Rivera' } } });
  });

  it('drops an expired session without a request', async () => {
    const { services, gateway, storage } = makeServices({ storedSession: stored('tok_expiredexpiredexpired00', new Date(Date.now() - 1000).toISOString()) });
    await services.auth.start();
    expect(gateway.requests).toEqual([]);
    expect(services.auth.getState().status).toBe('signed-out');
    expect(storage.data.has(SESSION_KEY)).toBe(false);
  });

  it('a revoked session is dropped and the pane says the session ended (no prompt)', async () => {
    const { services, storage } = makeServices({ storedSession: stored() });
    await services.auth.start();
    expect(services.auth.getState()).toMatchObject({ status: 'signed-out', notice: { kind: 'session-ended' }, prompt: null });
    expect(storage.data.has(SESSION_KEY)).toBe(false);
  });

  it('offline at start keeps the session unconfirmed and checks it when back online', async () => {
    const gateway = createFakeGateway();
    const session = gateway.issue('otp');
    const { services, win } = makeServices({ gateway, storedSession: session });
    gateway.setOffline(true);
    services.start();
    await services.auth.verify();
    expect(services.auth.getState()).toMatchObject({ status: 'signed-in', verified: false });
    expect(services.connectivity.get()).toEqual({ online: false, reason: 'unreachable' });
    gateway.setOffline(false);
    win.go('online');
    await flush();
    expect(services.auth.getState()).toMatchObject({ status: 'signed-in', verified: true });
  });

  it('signs the pane out when the session expires, by a timer (no polling)', async () => {
    jest.useFakeTimers();
    try {
      const gateway = createFakeGateway({ sessionMs: 60_000 });
      const { services } = makeServices({ gateway });
      const waiting = services.auth.ensureSession();
      await Promise.resolve();
      await jest.advanceTimersByTimeAsync(0);
      await services.auth.signInWithOtp(VALID_CODE);
      await waiting;
      const before = gateway.requests.length;
      await jest.advanceTimersByTimeAsync(60_000);
      expect(services.auth.getState()).toMatchObject({ status: 'signed-out', notice: { kind: 'session-ended' } });
      expect(gateway.requests.length).toBe(before);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('ensureSession and the Autotask proxy', () => {
  it('opens the prompt once, and every waiting action continues after sign-in', async () => {
    const { services } = makeServices();
    const a = services.auth.ensureSession();
    const b = services.auth.ensureSession();
    await flush();
    expect(services.auth.getState().prompt).toMatchObject({ reason: 'action' });
    await services.auth.signInWithOtp(VALID_CODE);
    const [sa, sb] = await Promise.all([a, b]);
    expect(sa.token).toBe(sb.token);
    expect(services.auth.getState().prompt).toBeNull();
  });

  it('cancel rejects the waiting action with SIGN_IN_CANCELLED and closes the prompt', async () => {
    const { services } = makeServices();
    const waiting = services.auth.ensureSession();
    await flush();
    services.auth.cancelSignIn();
    await expect(waiting).rejects.toMatchObject({ code: 'SIGN_IN_CANCELLED' });
    expect(services.auth.getState()).toMatchObject({ prompt: null, status: 'signed-out' });
  });

  it('authenticatedFetch sends the Bearer token and the current command id', async () => {
    const gateway = createFakeGateway();
    const { services } = makeServices({ gateway, storedSession: gateway.issue('otp') });
    await services.auth.start();
    services.auth.setCommand('createTicket');
    const response = await services.autotaskFetch(`Resources/${RESOURCE.id}`);
    expect(response.status).toBe(200);
    const sent = gateway.requests.at(-1)!;
    expect(sent.url).toBe(`/api/autotask/v1.0/Resources/${RESOURCE.id}`);
    expect(sent.headers).toMatchObject({ Authorization: expect.stringMatching(/^Bearer tok_/), 'X-Autotask-Command': 'createTicket' });
  });

  it('on 401 invalid_session: drops the session, asks to sign in again, and repeats the action once', async () => {
    const gateway = createFakeGateway();
    const first = gateway.issue('otp');
    const { services, storage } = makeServices({ gateway, storedSession: first });
    await services.auth.start();
    gateway.revokeAll();
    const pending = services.autotaskFetch(`Resources/${RESOURCE.id}`);
    await flush();
    await flush();
    expect(services.auth.getState()).toMatchObject({ status: 'signed-out', prompt: { reason: 'session-ended' } });
    expect(storage.data.has(SESSION_KEY)).toBe(false);
    await services.auth.signInWithOtp(VALID_CODE);
    const response = await pending;
    expect(response.status).toBe(200);
    const calls = gateway.requests.filter((r) => r.url.startsWith('/api/autotask/'));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.headers.Authorization).not.toBe(`Bearer ${first.token}`);
  });

  it('the Autotask client\'s beforeRequest hook signs in first and adds both headers', async () => {
    const { services } = makeServices();
    services.auth.setCommand('addTicket');
    const hook = autotaskBeforeRequest(services.auth);
    const request = { method: 'GET', url: 'https://localhost:3000/api/autotask/v1.0/Tickets/1', headers: { Accept: 'application/json' } as Record<string, string> };
    const done = hook(request);
    await flush();
    expect(services.auth.getState().prompt).not.toBeNull();
    await services.auth.signInWithOtp(VALID_CODE);
    await done;
    expect(request.headers).toMatchObject({ Accept: 'application/json', Authorization: expect.stringMatching(/^Bearer /), 'X-Autotask-Command': 'addTicket' });
  });
});

describe('sign-out', () => {
  it('POST /auth/signout, then the session is gone here too', async () => {
    const gateway = createFakeGateway();
    const session = gateway.issue('otp');
    const { services, storage } = makeServices({ gateway, storedSession: session });
    await services.auth.start();
    await services.auth.signOut();
    expect(gateway.requests.at(-1)).toMatchObject({ method: 'POST', url: '/auth/signout', headers: { Authorization: `Bearer ${session.token}` } });
    expect(gateway.isLive(session.token)).toBe(false);
    expect(storage.data.has(SESSION_KEY)).toBe(false);
    expect(services.auth.getState()).toMatchObject({ status: 'signed-out', notice: { kind: 'signed-out' } });
  });

  it('KaseyaOne: opens the end-session URL through the relay page in a dialog', async () => {
    const dialog = fakeDialog();
    const office = createFakeFacade({ displayDialog: jest.fn(async () => dialog) });
    const gateway = createFakeGateway();
    const { services } = makeServices({ gateway, office, storedSession: gateway.issue('kaseyaone') });
    await services.auth.start();
    const end = 'http://127.0.0.1:9999/kaseyaone/session/end?id_token_hint=x';
    gateway.queue('/auth/signout', 200, { endSessionUrl: end });
    const out = services.auth.signOut();
    await flush();
    await flush();
    expect(office.displayDialog).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/localhost:3000\/signout\.html\?title=/), expect.anything());
    expect(services.auth.getState().notice).toEqual({ kind: 'signed-out', provider: 'pending' });
    dialog.send({ type: 'ready' });
    expect(dialog.messageChild).toHaveBeenCalledWith(JSON.stringify({ type: 'end-session', url: end }));
    dialog.send({ type: 'signed-out' });
    await out;
    expect(dialog.close).toHaveBeenCalled();
    expect(services.auth.getState().notice).toEqual({ kind: 'signed-out', provider: 'done' });
  });

  it('KaseyaOne without DialogApi 1.2: the browser opens the end-session URL', async () => {
    const office = createFakeFacade({ isSetSupported: jest.fn(async (name: string) => name !== 'DialogApi') });
    const gateway = createFakeGateway();
    const { services } = makeServices({ gateway, office, storedSession: gateway.issue('kaseyaone') });
    await services.auth.start();
    gateway.queue('/auth/signout', 200, { endSessionUrl: 'https://k1.example/logout' });
    await services.auth.signOut();
    expect(office.openBrowserWindow).toHaveBeenCalledWith('https://k1.example/logout');
    expect(services.auth.getState().notice).toEqual({ kind: 'signed-out', provider: 'browser' });
  });
});

describe('Microsoft', () => {
  const microsoft = { methods: ['microsoft' as const], microsoft: true };

  it('nested app authentication: a silent token signs in with no prompt at all', async () => {
    const acquireToken = jest.fn(async () => 'naa-token');
    const office = createFakeFacade({ isSetSupported: jest.fn(async () => true) });
    const { services, gateway } = makeServices({ office, acquireToken, gatewayOptions: microsoft });
    const session = await services.auth.ensureSession();
    expect(session.method).toBe('microsoft');
    expect(acquireToken).toHaveBeenCalledWith(expect.objectContaining({ interactive: false, loginHint: 'grace@example.com' }));
    expect(gateway.requests.find((r) => r.url === '/auth/microsoft')?.body).toEqual({ token: 'naa-token' });
    expect(office.displayDialog).not.toHaveBeenCalled();
  });

  it('no silent token: the prompt opens; its button gets a token interactively', async () => {
    const acquireToken = jest.fn(async ({ interactive }: { interactive: boolean }) => {
      if (!interactive) throw new MicrosoftTokenError('interaction required');
      return 'popup-token';
    });
    const office = createFakeFacade({ isSetSupported: jest.fn(async () => true) });
    const { services } = makeServices({ office, acquireToken, gatewayOptions: microsoft });
    const waiting = services.auth.ensureSession();
    await flush();
    expect(services.auth.getState().prompt).not.toBeNull();
    await services.auth.signInWithMicrosoft();
    expect((await waiting).method).toBe('microsoft');
    expect(office.displayDialog).not.toHaveBeenCalled();
  });

  it('NAA unsupported: the Office dialog on /auth/microsoft/start, and its signed-in message', async () => {
    const dialog = fakeDialog();
    const office = createFakeFacade({ isSetSupported: jest.fn(async (name: string) => name !== 'NestedAppAuth'), displayDialog: jest.fn(async () => dialog) });
    const acquireToken = jest.fn();
    const gateway = createFakeGateway(microsoft);
    const { services } = makeServices({ office, gateway, acquireToken });
    const done = services.auth.signInWithMicrosoft();
    await flush();
    await flush();
    expect(office.displayDialog).toHaveBeenCalledWith(`${ORIGIN}/auth/microsoft/start`, expect.objectContaining({ width: expect.any(Number) }));
    expect(acquireToken).not.toHaveBeenCalled();
    dialog.send({ type: 'signed-in', session: gateway.issue('microsoft') });
    await done;
    expect(dialog.close).toHaveBeenCalled();
    expect(services.auth.getState()).toMatchObject({ status: 'signed-in', session: { method: 'microsoft' } });
  });

  it('NAA fails: falls back to the dialog', async () => {
    const dialog = fakeDialog();
    const office = createFakeFacade({ isSetSupported: jest.fn(async () => true), displayDialog: jest.fn(async () => dialog) });
    const acquireToken = jest.fn(async () => {
      throw new MicrosoftTokenError('broker unavailable');
    });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const gateway = createFakeGateway(microsoft);
    const { services } = makeServices({ office, gateway, acquireToken });
    const done = services.auth.signInWithMicrosoft();
    await flush();
    await flush();
    expect(office.displayDialog).toHaveBeenCalled();
    dialog.send({ type: 'signed-in', session: gateway.issue('microsoft') });
    await done;
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('the dialog\'s error message is the gateway\'s own description', async () => {
    const dialog = fakeDialog();
    const office = createFakeFacade({ isSetSupported: jest.fn(async () => false), displayDialog: jest.fn(async () => dialog) });
    const { services } = makeServices({ office, gatewayOptions: microsoft });
    const done = services.auth.signInWithMicrosoft();
    await flush();
    await flush();
    dialog.send({ type: 'error', error: 'unknown_user', error_description: 'No active Autotask resource has this address.' });
    await expect(done).rejects.toMatchObject({ code: 'GATEWAY_REFUSED', gatewayCode: 'unknown_user', description: 'No active Autotask resource has this address.' });
  });

  it.each([
    [12004, /not one this add-in may open/],
    [12005, /not secure \(HTTPS\)/],
    [12007, /already open/],
    [12009, /choose Allow/],
    [12011, /blocked the sign-in window/],
  ])('Office refusing the dialog (%i) is explained', async (officeCode, text) => {
    const office = createFakeFacade({
      isSetSupported: jest.fn(async () => false),
      displayDialog: jest.fn(async () => {
        throw new OfficeApiError('OFFICE_ASYNC_FAILED', 'x', { operation: 'ui.displayDialogAsync', officeCode });
      }),
    });
    const { services } = makeServices({ office, gatewayOptions: microsoft });
    const error = await services.auth.signInWithMicrosoft().catch((e: unknown) => e);
    expect(isAuthError(error, 'SIGN_IN_DIALOG_FAILED') && error.description).toMatch(text);
  });

  it('the user closing the dialog (12006) cancels that attempt', async () => {
    const dialog = fakeDialog();
    const office = createFakeFacade({ isSetSupported: jest.fn(async () => false), displayDialog: jest.fn(async () => dialog) });
    const { services } = makeServices({ office, gatewayOptions: microsoft });
    const done = services.auth.signInWithMicrosoft();
    await flush();
    await flush();
    dialog.event(12006);
    await expect(done).rejects.toMatchObject({ code: 'SIGN_IN_CANCELLED' });
    expect(dialog.close).not.toHaveBeenCalled();
  });
});

describe('KaseyaOne', () => {
  it('opens /auth/kaseyaone/start with the username and remembers both', async () => {
    const dialog = fakeDialog();
    const office = createFakeFacade({ displayDialog: jest.fn(async () => dialog) });
    const gateway = createFakeGateway({ methods: ['kaseyaone'] });
    const { services } = makeServices({ office, gateway });
    const done = services.auth.signInWithKaseyaOne(' sam.rivera@harborline-it.com ');
    await flush();
    expect(office.displayDialog).toHaveBeenCalledWith(`${ORIGIN}/auth/kaseyaone/start?username=sam.rivera%40harborline-it.com`, expect.anything());
    dialog.send({ type: 'signed-in', session: gateway.issue('kaseyaone') });
    await done;
    expect(services.auth.preferences()).toEqual({ method: 'kaseyaone', kaseyaUsername: 'sam.rivera@harborline-it.com' });
  });

  it('cancelling the prompt closes the open dialog', async () => {
    const dialog = fakeDialog();
    const office = createFakeFacade({ displayDialog: jest.fn(async () => dialog) });
    const { services } = makeServices({ office, gatewayOptions: { methods: ['kaseyaone'] } });
    const waiting = services.auth.ensureSession();
    await flush();
    const attempt = services.auth.signInWithKaseyaOne('sam.rivera@harborline-it.com').catch((e: unknown) => e);
    await flush();
    services.auth.cancelSignIn();
    expect(await attempt).toMatchObject({ code: 'SIGN_IN_CANCELLED' });
    await expect(waiting).rejects.toMatchObject({ code: 'SIGN_IN_CANCELLED' });
    expect(dialog.close).toHaveBeenCalled();
  });
});
