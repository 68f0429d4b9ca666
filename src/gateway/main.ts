/**
 * Production entry point: `npx tsx src/gateway/main.ts` (see docs/deploy.md). Reads the
 * configuration from GATEWAY_CONFIG and the environment (config-env.ts), logs JSON lines (pino;
 * LOG_LEVEL, default info) without query strings, tokens or credentials.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createGateway } from './app';
import { parseGatewayConfig } from './config';
import { configInputFromEnv } from './config-env';

async function main() {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
  const config = parseGatewayConfig(configInputFromEnv(process.env, pkg.version));
  if (config.workbenchDir) throw new Error('workbenchDir is for development only; remove it from the production configuration.');
  const app = createGateway(config, {
    logger: { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
  });
  await app.listen({ host: config.host, port: config.port });
  app.log.info({ origin: config.origin, methods: config.signIn.methods }, 'gateway listening');
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
