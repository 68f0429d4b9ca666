/**
 * The sandbox HTTP app, built in a factory (listen elsewhere; tests may use inject()).
 * `/atservicesrest/…` is the Autotask REST API stand-in, `/web/…` a read-only view of the tenant,
 * `/graph/v1.0/…` the Microsoft Graph stand-in (when one is given).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { registerGraphRoutes, type GraphStandIn } from './graph/index';
import { handleApi } from './http/api-handler';
import { BODY_LIMIT, registerBodyParsers } from './http/body';
import type { SandboxRuntime } from './runtime';
import { registerWebRoutes } from './web/web-routes';

export function createSandboxApp(rt: SandboxRuntime, graph?: GraphStandIn): FastifyInstance {
  const app = Fastify({ logger: false, routerOptions: { caseSensitive: false }, bodyLimit: BODY_LIMIT, forceCloseConnections: true }) as unknown as FastifyInstance;
  registerBodyParsers(app);
  app.all('/atservicesrest', (req, reply) => handleApi(rt, req, reply));
  app.all('/atservicesrest/*', (req, reply) => handleApi(rt, req, reply));
  registerWebRoutes(app, rt);
  if (graph) registerGraphRoutes(app, graph);
  app.get('/', (_req, reply) => reply.redirect('/web/'));
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).type('text/plain; charset=utf-8').send(`Not Found: ${req.method} ${req.url}`);
  });
  return app;
}
