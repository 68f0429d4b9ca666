/**
 * Sign-in routes (docs/gateway-api.md § Sign-in): two-factor code, Microsoft token, the Office
 * dialog flows for Microsoft and KaseyaOne, the session check and sign-out.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errors, GatewayError, toGatewayError } from '../errors';
import { workbenchOfficeSwap } from '../static-files';
import { CALLBACK_CSP, CALLBACK_SCRIPT, CALLBACK_SCRIPT_PATH, callbackPage, type DialogPayload } from './callback-page';
import { KASEYAONE_SIGNED_OUT_PATH } from './kaseyaone';
import type { AuthServices } from './services';
import { bearerToken } from './sessions';

const email = z.string().trim().max(254).email();
const OtpBody = z.object({
  email,
  code: z.string().max(20).transform((s) => s.replace(/\s/g, '')).pipe(z.string().regex(/^\d{6}$/)),
});
const MicrosoftBody = z.object({ token: z.string().min(16).max(16_384) });
const StartQuery = z.object({
  username: z.union([email, z.literal('')]).optional(),
  _host: z.string().max(32).optional(),
});
const CallbackQuery = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(2048).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(2048).optional(),
});

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value ?? {});
  if (!r.success) {
    const fields = [...new Set(r.error.issues.map((i) => i.path.join('.') || 'body'))].join(', ');
    throw errors.invalidRequest(`${what}: check ${fields}.`);
  }
  return r.data;
}

export function registerAuthRoutes(app: FastifyInstance, s: AuthServices): void {
  const { config } = s;
  const dev = Boolean(config.workbenchDir);

  app.addHook('onRequest', async (req) => {
    const path = req.url.split('?')[0]!;
    if ((path.startsWith('/auth/') && path !== '/auth/session' && path !== '/auth/signout' && path !== CALLBACK_SCRIPT_PATH)) {
      s.rateLimiter.hit(req.ip);
    }
  });

  const signedIn = async (method: 'otp' | 'microsoft' | 'kaseyaone', emailAddress: string, idToken?: string) => {
    const resource = await s.directory.resolve(emailAddress);
    return { session: s.sessions.issue(method, resource, idToken) };
  };

  const enabled = (method: 'otp' | 'microsoft' | 'kaseyaone') => {
    if (!config.signIn.methods.includes(method)) throw errors.methodDisabled(method);
  };

  const sendPage = (reply: FastifyReply, payload: DialogPayload, workbench: boolean, status = 200) => {
    const html = callbackPage(payload);
    reply
      .code(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', CALLBACK_CSP);
    return reply.send(dev && workbench ? workbenchOfficeSwap(html, { _host: 'workbench' }) : html);
  };
  const errorPage = (req: FastifyRequest, reply: FastifyReply, err: unknown, workbench: boolean) => {
    const g = toGatewayError(err);
    logFailure(req, g);
    const body = g.toJSON() as { error: string; error_description: string };
    return sendPage(reply, { type: 'error', error: body.error, error_description: body.error_description }, workbench, g.statusCode);
  };

  app.get(CALLBACK_SCRIPT_PATH, async (_req, reply) => {
    reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff');
    return CALLBACK_SCRIPT;
  });

  app.post('/auth/otp', async (req) => {
    enabled('otp');
    const body = parse(OtpBody, req.body, 'Send your email address and the 6-digit code');
    s.otp.verify(body.email, body.code, req.ip);
    return signedIn('otp', body.email);
  });

  app.post('/auth/microsoft', async (req) => {
    enabled('microsoft');
    const body = parse(MicrosoftBody, req.body, 'Send the Microsoft token');
    return signedIn('microsoft', await s.microsoft!.verify(body.token));
  });

  for (const provider of ['microsoft', 'kaseyaone'] as const) {
    app.get(`/auth/${provider}/start`, async (req, reply) => {
      const workbench = dev && (req.query as { _host?: unknown })._host === 'workbench';
      try {
        enabled(provider);
        const q = parse(StartQuery, req.query, 'The sign-in link is not valid');
        const client = provider === 'microsoft' ? s.microsoft!.oidc : s.kaseyaone!.oidc;
        const url = await client.start({
          workbench,
          ...(q.username ? { loginHint: q.username } : {}),
        });
        return reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').redirect(url, 302);
      } catch (err) {
        return errorPage(req, reply, err, workbench);
      }
    });

    app.get(`/auth/${provider}/callback`, async (req, reply) => {
      const seen = { workbench: false };
      try {
        enabled(provider);
        const q = parse(CallbackQuery, req.query, 'The sign-in answer is not valid');
        const client = provider === 'microsoft' ? s.microsoft!.oidc : s.kaseyaone!.oidc;
        const done = await client.complete(q, (p) => { seen.workbench = p.workbench; });
        const addr = provider === 'microsoft'
          ? await s.microsoft!.verify(done.idToken, done.nonce)
          : await s.kaseyaone!.verify(done.idToken, done.nonce);
        const result = await signedIn(provider, addr, provider === 'kaseyaone' ? done.idToken : undefined);
        return sendPage(reply, { type: 'signed-in', session: result.session }, seen.workbench);
      } catch (err) {
        return errorPage(req, reply, err, seen.workbench);
      }
    });
  }

  // Development only: the workbench flag comes back as the logout `state` (see /auth/signout).
  app.get(KASEYAONE_SIGNED_OUT_PATH, async (req, reply) => {
    const q = req.query as { _host?: unknown; state?: unknown };
    return sendPage(reply, { type: 'signed-out' }, dev && (q._host === 'workbench' || q.state === 'workbench'));
  });

  app.get('/auth/session', async (req, reply) => {
    reply.header('cache-control', 'no-store');
    const { tokenHash: _h, ...session } = s.sessions.verify(bearerToken(req.headers.authorization));
    return { session };
  });

  app.post('/auth/signout', async (req, reply) => {
    reply.header('cache-control', 'no-store');
    const ended = s.sessions.revoke(bearerToken(req.headers.authorization));
    if (ended?.method === 'kaseyaone' && ended.idToken && s.kaseyaone) {
      // Development only: a sign-out from a workbench pane (its page URL carries _host=workbench, sent
      // as the same-origin Referer) keeps the emulated Office.js on the post-logout page.
      const fromWorkbench = dev && /[?&]_host=workbench(&|$)/.test(String(req.headers.referer ?? ''));
      const endSessionUrl = await s.kaseyaone
        .endSessionUrl(ended.idToken, fromWorkbench ? { state: 'workbench' } : {})
        .catch(() => undefined);
      if (endSessionUrl) return { endSessionUrl };
    }
    return {};
  });
}

/** One line per refused or failed sign-in: code and detail, never a token or a code. */
export function logFailure(req: FastifyRequest, err: GatewayError): void {
  if (err.statusCode >= 500) req.log.error({ code: err.code, detail: err.message, cause: (err.cause as Error | undefined)?.message }, 'sign-in failed');
  else req.log.info({ code: err.code, detail: err.message }, 'sign-in refused');
}
