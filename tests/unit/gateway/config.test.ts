import { createGateway, publicConfig } from '../../../src/gateway/app';
import { generateSecretKey } from '../../../src/gateway/auth/crypto';
import { pickResource } from '../../../src/gateway/auth/directory';
import { parseGatewayConfig, type GatewayConfigInput } from '../../../src/gateway/config';

const full: GatewayConfigInput = {
  distDir: '/tmp',
  version: '1.0.0',
  origin: 'https://outlook.harborline.example',
  autotask: { username: 'api@example.com', secret: 'api-secret-value', integrationCode: 'CODE' },
  secretKey: generateSecretKey(),
  store: 'memory',
  signIn: {
    methods: ['otp', 'microsoft', 'kaseyaone'],
    microsoft: { clientId: 'app-id', clientSecret: 'ms-secret-value', tenants: ['tenant-a'] },
    kaseyaone: { issuer: 'https://kaseya.example/oidc', clientId: 'k1', clientSecret: 'k1-secret-value' },
  },
};

describe('sign-in configuration', () => {
  it('documents its defaults: OTP only, 8-hour sessions, ±1 step, 5 failures per user, 20 per address', () => {
    const c = parseGatewayConfig({ ...full, signIn: undefined });
    expect(c.signIn.methods).toEqual(['otp']);
    expect(c.session.hours).toBe(8);
    expect(c.signIn.otp).toEqual({ issuer: 'Autotask for Outlook', window: 1 });
    expect(c.signIn.lockout).toEqual({ maxFailures: 5, maxFailuresPerAddress: 20, failureWindowSeconds: 900, baseSeconds: 30, maxSeconds: 900 });
    expect(c.store).toBe('memory');
    expect(parseGatewayConfig({ distDir: '/tmp', version: '1', signIn: { methods: [] } }).store).toEqual({ file: '.data/gateway.db' });
  });

  it.each<[string, Partial<GatewayConfigInput>, RegExp]>([
    ['no API user', { autotask: undefined }, /autotask: is required/],
    ['no sealing key', { secretKey: undefined }, /secretKey: is required/],
    ['a short key', { secretKey: 'abc' }, /secretKey: must be 32 bytes/],
    ['microsoft without its settings', { signIn: { methods: ['microsoft'] } }, /signIn\.microsoft: is required/],
    ['an empty tenant allow-list', { signIn: { methods: ['microsoft'], microsoft: { clientId: 'x', tenants: [] } } }, /signIn\.microsoft\.tenants/],
    ['a plain-http identity provider off loopback', { signIn: { methods: ['kaseyaone'], kaseyaone: { issuer: 'http://kaseya.example', clientId: 'k' } } }, /must use https/],
    ['a symmetric algorithm', { signIn: { methods: ['microsoft'], microsoft: { clientId: 'x', tenants: ['t'], algorithms: ['HS256' as never] } } }, /algorithms/],
    ['a method twice', { signIn: { methods: ['otp', 'otp'] } }, /lists a method twice/],
  ])('refuses %s', (_name, change, message) => {
    expect(() => parseGatewayConfig({ ...full, ...change })).toThrow(message);
  });

  it('accepts http identity providers on loopback (the development identity provider)', () => {
    expect(() => parseGatewayConfig({ ...full, signIn: { methods: ['kaseyaone'], kaseyaone: { issuer: 'http://127.0.0.1:4000/kaseyaone', clientId: 'k' } } })).not.toThrow();
  });

  it('publishes what the add-in needs for each method and no secret', async () => {
    const c = parseGatewayConfig(full);
    expect(publicConfig(c).signIn).toEqual({
      methods: ['otp', 'microsoft', 'kaseyaone'],
      sessionHours: 8,
      microsoft: { clientId: 'app-id', authority: 'https://login.microsoftonline.com/tenant-a', scopes: ['api://outlook.harborline.example/app-id/access_as_user'] },
    });
    const app = createGateway(c);
    const text = (await app.inject('/api/config')).body;
    await app.close();
    for (const secret of ['api-secret-value', 'ms-secret-value', 'k1-secret-value', c.secretKey!]) expect(text).not.toContain(secret);
    const multi = parseGatewayConfig({ ...full, signIn: { ...full.signIn, microsoft: { clientId: 'a', tenants: ['t1', 't2'] } } });
    expect(publicConfig(multi).signIn.microsoft?.authority).toBe('https://login.microsoftonline.com/organizations');
  });

  it('answers a disabled method with 404 method_disabled', async () => {
    const app = createGateway(parseGatewayConfig({ ...full, signIn: { methods: ['otp'] } }));
    const res = await app.inject({ method: 'POST', url: '/auth/microsoft', payload: { token: 'x'.repeat(40) } });
    await app.close();
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'method_disabled' });
  });
});

describe('email → Autotask resource', () => {
  const r = (id: number, email: string, isActive: boolean, extra: object = {}) => ({ id, firstName: 'R', lastName: String(id), email, isActive, ...extra });
  it('takes the active resource, primary email first, case-insensitively', () => {
    expect(pickResource('Sam@X.com', [r(1, 'sam@x.com', true)])).toEqual({ id: 1, name: 'R 1', email: 'sam@x.com' });
    expect(pickResource('sam@x.com', [r(2, 'other@x.com', true, { email2: 'sam@x.com' }), r(1, 'sam@x.com', true)]).id).toBe(1);
    expect(pickResource('sam@x.com', [r(2, 'other@x.com', true, { email3: 'SAM@x.com' })]).id).toBe(2);
  });
  it.each([
    ['no resource', [], /No Autotask resource/],
    ['only inactive ones', [r(1, 'sam@x.com', false)], /not active/],
    ['two active primaries', [r(1, 'sam@x.com', true), r(2, 'sam@x.com', true)], /More than one/],
  ])('refuses %s', (_n, found, message) => {
    expect(() => pickResource('sam@x.com', found)).toThrow(expect.objectContaining({ code: 'unknown_user', statusCode: 403, description: expect.stringMatching(message) }));
  });
});
