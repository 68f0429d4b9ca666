/**
 * npm start: builds the add-in and the workbench (watching for changes), then serves
 * both from the gateway at https://localhost:3000 on the embedded default (no Autotask
 * tenant and no Microsoft 365 account needed).
 */
import { build } from './lib/webpack-build';
import { resolve } from 'node:path';
import { REPO_ROOT, startDevStack } from './lib/dev-stack';

async function main() {
  const once = process.argv.includes('--no-watch');
  console.log('Building the add-in and the workbench…');
  await build({
    watch: !once,
    onRebuild: (ok, message) => console.log(ok ? `Rebuilt (${message}). Reload the workbench.` : `Build failed:\n${message}`),
  });
  const port = Number(process.env.PORT ?? 3000);
  const stack = await startDevStack({
    port,
    sandboxPort: Number(process.env.SANDBOX_PORT ?? 3001),
    sandboxStorage: { file: resolve(REPO_ROOT, '.data/sandbox.db') },
    idpPort: Number(process.env.IDP_PORT ?? 3002),
  });
  const demo = stack.idp.users[0]!;
  console.log(`
Autotask for Outlook is running.
  Workbench (try it here):  ${stack.workbenchUrl}
  Manifest to sideload:     ${stack.origin}/manifest.xml  (file: ./manifest.xml)
  Autotask sandbox (tenant): ${stack.sandbox.webUrl}  (state in .data/sandbox.db; npm run sandbox:reset restores the seed)
Signing in (all three ways work in the workbench):
  Two-factor code:  npm run otp   prints the current code for ${demo.email}
  Microsoft SSO and KaseyaOne: the local identity provider at ${stack.idp.origin}
                    user ${demo.email}, password "${demo.password}"
Press Ctrl+C to stop.`);
  const stop = () => void stack.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const e = err as { code?: string; message?: string };
  if (e.code === 'EADDRINUSE') {
    console.error('Port 3000 is in use. Stop the other server, or run PORT=3001 npm start (the dev manifest expects 3000).');
  } else {
    console.error(e.message ?? err);
  }
  process.exit(1);
});
