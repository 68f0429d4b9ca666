/**
 * The sandbox HTTP app, built in a factory (listen elsewhere; tests may use inject()).
 * `/atservicesrest/…` is the Autotask REST API stand-in, `/web/…` a read-only view of the tenant.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { handleApi } from './http/api-handler';
import { BODY_LIMIT, registerBodyParsers } from './http/body';
import type { SandboxRuntime } from './runtime';
import { registerWebRoutes } from './web/web-routes';

export function createSandboxApp(rt: SandboxRuntime): FastifyInstance {
  const app = Fastify({ logger: false, routerOptions: { caseSensitive: false }, bodyLimit: BODY_LIMIT, forceCloseConnections: true }) as unknown as FastifyInstance;
  registerBodyParsers(app);
  app.all('/atservicesrest', (req, reply) => handleApi(rt, req, reply));
  app.all('/atservicesrest/*', (req, reply) => handleApi(rt, req, reply));
  registerWebRoutes(app, rt);
  app.get('/', (_req, reply) => reply.redirect('/web/'));
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).type('text/plain; charset=utf-8').send(`Not Found: ${req.method} ${req.url}`);
  });
  return app;
}
