/**
 * The gateway, built in a factory (listen elsewhere; tests use inject() or port 0).
 * Hosts the add-in, the public configuration the add-in reads, sign-in and sessions
 * (auth/), and in development the workbench.
 */
import { readFile } from 'node:fs/promises';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { microsoftDefaults, type GatewayConfig, type SignInConfig } from './config';
import { toGatewayError } from './errors';
import { microsoftAuthority } from './auth/microsoft';
import { logFailure, registerAuthRoutes } from './auth/routes';
import { createAuthServices, type AuthDeps, type AuthServices } from './auth/services';
import { bearerToken } from './auth/sessions';
import { registerAutotaskProxy } from './proxy';
import { createTenantClient } from './tenant-client';
import { mountStatic, workbenchOfficeSwap } from './static-files';

export interface PublicSignInConfig {
  methods: SignInConfig['methods'];
  sessionHours: number;
  microsoft?: { clientId: string; authority: string; scopes: string[] };
}

export interface PublicConfig {
  productName: string;
  version: string;
  build: string;
  autotaskWebUrl: string;
  copyright: string;
  signIn: PublicSignInConfig;
  /** Graph for calendar and contact sync: where, which scopes, and (development only) a token endpoint. */
  graph: { baseUrl: string; scopes: string[]; devTokenUrl?: string };
}

export function publicConfig(config: GatewayConfig): PublicConfig {
  const ms = config.signIn.methods.includes('microsoft') ? config.signIn.microsoft : undefined;
  return {
    productName: 'Autotask for Outlook',
    version: config.version,
    build: config.build,
    autotaskWebUrl: config.autotaskWebUrl,
    copyright: '© 2026 Autotask for Outlook contributors',
    signIn: {
      methods: config.signIn.methods,
      sessionHours: config.session.hours,
      ...(ms ? { microsoft: { clientId: ms.clientId, authority: microsoftAuthority(ms), scopes: microsoftDefaults(config, ms).scopes } } : {}),
    },
    graph: { baseUrl: config.graph.baseUrl, scopes: config.graph.scopes, ...(config.graph.devTokenUrl ? { devTokenUrl: config.graph.devTokenUrl } : {}) },
  };
}

export interface GatewayDevOptions {
  /** Development and benchmarks only: more static folders under their own prefixes. */
  extraMounts?: { prefix: string; root: string }[];
}

export interface GatewayOptions extends GatewayDevOptions, AuthDeps {
  /** Fastify's logger option (pino settings). Default false. Request URLs are logged without their query string. */
  logger?: FastifyServerOptions['logger'];
  /** A ready pino-compatible logger instead (tests capture refusals with it). */
  loggerInstance?: FastifyBaseLogger;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Sign-in services (sessions, store with the audit log); undefined when no method is enabled. */
    auth: AuthServices | undefined;
  }
}

export function createGateway(config: GatewayConfig, opts: GatewayOptions = {}): FastifyInstance {
  const app = Fastify({
    ...(opts.loggerInstance ? { loggerInstance: opts.loggerInstance } : { logger: opts.logger ?? false }),
    bodyLimit: 1024 * 1024,
    // A hop count is valid at run time (proxy-addr); Fastify's types omit it.
    trustProxy: config.trustProxy as boolean | string,
    // Fastify's request log prints URLs with their query (authorization codes); we log our own line.
    logController: new LogController({ disableRequestLogging: true }),
    ...(config.tls ? { https: { key: config.tls.key, cert: config.tls.cert } } : {}),
  }) as unknown as FastifyInstance;
  if (opts.logger || opts.loggerInstance) {
    // Path only: never the query string (codes, states) nor headers (Bearer tokens).
    app.addHook('onResponse', async (req, reply) => {
      req.log.info({ method: req.method, path: req.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
    });
  }

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('referrer-policy', reply.getHeader('referrer-policy') ?? 'strict-origin-when-cross-origin');
    return payload;
  });

  app.get('/api/config', async (_req, reply) => {
    reply.header('cache-control', 'no-cache');
    return publicConfig(config);
  });

  app.get('/healthz', async () => ({ ok: true }));

  // One Autotask client for the tenant: sign-in and the proxy share its limits.
  const tenant = opts.autotaskClient ?? (config.autotask && config.signIn.methods.length ? createTenantClient({ ...config.autotask, credentials: config.autotask }) : undefined);
  const auth = createAuthServices(config, { ...opts, ...(tenant ? { autotaskClient: tenant } : {}) });
  app.decorate('auth', auth);
  if (auth) {
    registerAuthRoutes(app, auth);
    if (auth.ownsStore) app.addHook('onClose', async () => auth.store.close());
    const at = config.autotask!;
    registerAutotaskProxy(app, {
      autotask: {
        credentials: { username: at.username, secret: at.secret, integrationCode: at.integrationCode },
        ...(tenant ? { client: tenant } : {}),
      },
      authenticate: async (req) => {
        try {
          const s = auth.sessions.verify(bearerToken(req.headers.authorization));
          // sessionId: a prefix of the token's hash, for logs (never the token).
          return { resourceId: s.resource.id, email: s.resource.email, sessionId: s.tokenHash.slice(0, 16) };
        } catch {
          return null;
        }
      },
      audit: (entry) => auth.store.audit.append(entry),
      allowedOrigin: new URL(config.origin).origin,
      logger: app.log,
    });
  }

  if (config.workbenchDir) {
    if (config.manifestPath) {
      const manifestPath = config.manifestPath;
      app.get('/manifest.xml', async (_req, reply) => {
        reply.header('content-type', 'application/xml; charset=utf-8').header('cache-control', 'no-cache');
        return readFile(manifestPath, 'utf8');
      });
    }
    mountStatic(app, { prefix: '/workbench/', root: config.workbenchDir });
    for (const m of opts.extraMounts ?? []) mountStatic(app, m);
    app.get('/', (_req, reply) => reply.redirect('/workbench/'));
  }

  mountStatic(app, {
    prefix: '/',
    root: config.distDir,
    index: 'taskpane.html',
    ...(config.workbenchDir ? { transformHtml: workbenchOfficeSwap } : {}),
  });

  app.setErrorHandler((err, req, reply) => {
    const g = toGatewayError(err);
    if (req.url.startsWith('/auth/')) logFailure(req, g);
    else if (g.statusCode >= 500) req.log.error({ detail: g.message }, 'request failed');
    if (g.retryAfter !== undefined) reply.header('retry-after', String(g.retryAfter));
    reply.code(g.expose ? g.statusCode : 500).send(g.toJSON());
  });
  return app;
}
