/**
 * The client session store: memory plus localStorage keyed by Office's partition key, expiry
 * respected without asking anyone, damaged or blocked storage survived, never roamingSettings.
 */
import { parseSession, parseSignInConfig, type Session } from '../../../src/addin/auth/session';
import { PREFERENCES_KEY, SESSION_KEY, SessionStore } from '../../../src/addin/auth/session-store';
import { createMemoryStorage } from './fakes/render-pane';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const session = (expiresAt = '2026-03-02T17:00:00.000Z', token = 'tok_abcdefghijklmnopqrstuvwxyz'): Session => ({
  token,
  expiresAt,
  method: 'otp',
  resource: { id: 29682885, name: 'Sam Rivera', email: 'sam.rivera@harborline-it.com' },
});

describe('SessionStore', () => {
  it('keeps the session in memory and in storage under the partition key', () => {
    const storage = createMemoryStorage();
    const store = new SessionStore({ storage, partitionKey: 'pk-1:', now: () => T0 });
    store.save(session());
    expect(store.current()?.token).toBe('tok_abcdefghijklmnopqrstuvwxyz');
    expect([...storage.data.keys()]).toEqual([`pk-1:${SESSION_KEY}`]);
    // A pane in another partition (another mailbox or site) does not see it.
    expect(new SessionStore({ storage, partitionKey: 'pk-2:', now: () => T0 }).load()).toBeNull();
    // The same partition after a reload does.
    expect(new SessionStore({ storage, partitionKey: 'pk-1:', now: () => T0 }).load()?.resource.name).toBe('Sam Rivera');
  });

  it('uses the plain key where storage is not partitioned', () => {
    const storage = createMemoryStorage();
    new SessionStore({ storage, now: () => T0 }).save(session());
    expect([...storage.data.keys()]).toEqual([SESSION_KEY]);
  });

  it('drops an expired session on load, from memory and storage', () => {
    const storage = createMemoryStorage({ [SESSION_KEY]: JSON.stringify(session('2026-03-02T08:59:59.000Z')) });
    const store = new SessionStore({ storage, now: () => T0 });
    expect(store.load()).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('drops the session the moment it expires', () => {
    let now = T0;
    const storage = createMemoryStorage();
    const store = new SessionStore({ storage, now: () => now });
    store.save(session('2026-03-02T09:00:10.000Z'));
    expect(store.expiresInMs()).toBe(10_000);
    now += 9_999;
    expect(store.current()).not.toBeNull();
    now += 1;
    expect(store.current()).toBeNull();
    expect(storage.data.size).toBe(0);
    expect(store.expiresInMs()).toBeNull();
  });

  it('treats damaged storage as no session and cleans it up', () => {
    for (const bad of ['{', '{"token":"short","expiresAt":"2026-03-02T17:00:00Z","method":"otp","resource":{"id":1}}', JSON.stringify({ ...session(), method: 'password' })]) {
      const storage = createMemoryStorage({ [SESSION_KEY]: bad });
      expect(new SessionStore({ storage, now: () => T0 }).load()).toBeNull();
      expect(storage.data.has(SESSION_KEY)).toBe(false);
    }
  });

  it('works in memory when the browser blocks storage', () => {
    const blocked = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('SecurityError'); },
      removeItem: () => { throw new Error('SecurityError'); },
    };
    const store = new SessionStore({ storage: blocked, now: () => T0 });
    expect(store.load()).toBeNull();
    store.save(session());
    expect(store.current()?.resource.id).toBe(29682885);
    store.clear();
    expect(store.current()).toBeNull();
  });

  it('remembers the last method and KaseyaOne username (not secrets) beside the session', () => {
    const storage = createMemoryStorage();
    const store = new SessionStore({ storage, partitionKey: 'pk:' });
    store.savePreferences({ method: 'kaseyaone' });
    store.savePreferences({ kaseyaUsername: 'sam.rivera@harborline-it.com' });
    expect(new SessionStore({ storage, partitionKey: 'pk:' }).preferences()).toEqual({ method: 'kaseyaone', kaseyaUsername: 'sam.rivera@harborline-it.com' });
    expect(storage.data.has(`pk:${PREFERENCES_KEY}`)).toBe(true);
    store.clear();
    expect(store.preferences().method).toBe('kaseyaone');
  });
});

describe('parsing', () => {
  it('accepts the gateway\'s session and refuses anything else', () => {
    expect(parseSession(session())).toEqual(session());
    expect(parseSession({ ...session(), token: 'x y' })).toBeNull();
    expect(parseSession({ ...session(), expiresAt: 'tomorrow' })).toBeNull();
    expect(parseSession({ ...session(), resource: { name: 'no id' } })).toBeNull();
    expect(parseSession(null)).toBeNull();
  });

  it('reads the sign-in configuration, dropping unknown methods', () => {
    expect(parseSignInConfig({ signIn: { methods: ['otp', 'password', 'kaseyaone', 'otp'], sessionHours: 4 } })).toEqual({ methods: ['otp', 'kaseyaone'], sessionHours: 4 });
    expect(parseSignInConfig({ signIn: { methods: ['microsoft'], sessionHours: 8, microsoft: { clientId: 'c', authority: 'https://a/t', scopes: ['api://h/c/access_as_user', 3] } } }).microsoft)
      .toEqual({ clientId: 'c', authority: 'https://a/t', scopes: ['api://h/c/access_as_user'] });
    expect(parseSignInConfig({})).toEqual({ methods: [], sessionHours: 8 });
  });
});
