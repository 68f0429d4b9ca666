/**
 * The gateway, built in a factory (listen elsewhere; tests use inject() or port 0).
 * Foundation scope: hosts the add-in, the public configuration the add-in reads, and in
 * development the workbench. Sign-in and the Autotask proxy join here (issue 4).
 */
import { readFile } from 'node:fs/promises';
import Fastify, { type FastifyInstance } from 'fastify';
import type { GatewayConfig } from './config';
import { mountStatic, workbenchOfficeSwap } from './static-files';

export interface PublicConfig {
  productName: string;
  version: string;
  build: string;
  autotaskWebUrl: string;
  copyright: string;
}

export function publicConfig(config: GatewayConfig): PublicConfig {
  return {
    productName: 'Autotask for Outlook',
    version: config.version,
    build: config.build,
    autotaskWebUrl: config.autotaskWebUrl,
    copyright: '© 2026 Autotask for Outlook contributors',
  };
}

export interface GatewayDevOptions {
  /** Development and benchmarks only: more static folders under their own prefixes. */
  extraMounts?: { prefix: string; root: string }[];
}

export function createGateway(config: GatewayConfig, dev: GatewayDevOptions = {}): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    ...(config.tls ? { https: { key: config.tls.key, cert: config.tls.cert } } : {}),
  }) as unknown as FastifyInstance;

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    return payload;
  });

  app.get('/api/config', async (_req, reply) => {
    reply.header('cache-control', 'no-cache');
    return publicConfig(config);
  });

  app.get('/healthz', async () => ({ ok: true }));

  if (config.workbenchDir) {
    if (config.manifestPath) {
      const manifestPath = config.manifestPath;
      app.get('/manifest.xml', async (_req, reply) => {
        reply.header('content-type', 'application/xml; charset=utf-8').header('cache-control', 'no-cache');
        return readFile(manifestPath, 'utf8');
      });
    }
    mountStatic(app, { prefix: '/workbench/', root: config.workbenchDir });
    for (const m of dev.extraMounts ?? []) mountStatic(app, m);
    app.get('/', (_req, reply) => reply.redirect('/workbench/'));
  }

  mountStatic(app, {
    prefix: '/',
    root: config.distDir,
    index: 'taskpane.html',
    ...(config.workbenchDir ? { transformHtml: workbenchOfficeSwap } : {}),
  });

  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    reply.code(status).send({
      error: status < 500 ? 'bad_request' : 'server_error',
      error_description: status < 500 ? err.message : 'The gateway failed to answer. Try again; if it persists, see the gateway log.',
    });
  });
  return app;
}
