/** Runs the webpack builds through the Node API (once, or watching). */
import webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (env: Record<string, string>, argv: { mode: string }) => webpack.Configuration[];

export interface BuildOptions {
  only?: 'addin' | 'workbench' | 'bench-baseline';
  mode?: 'production' | 'development';
  watch?: boolean;
  onRebuild?: (ok: boolean, message: string) => void;
}

function summarise(stats: webpack.MultiStats | undefined): { ok: boolean; message: string } {
  if (!stats) return { ok: false, message: 'webpack returned no stats' };
  const info = stats.toJson({ all: false, errors: true, warnings: true });
  const errors = info.errors ?? [];
  return {
    ok: !stats.hasErrors(),
    message: errors.length ? errors.map((e) => e.message).join('\n\n') : `built in ${stats.stats.map((s) => `${s.compilation.name}: ${s.endTime - s.startTime} ms`).join(', ')}`,
  };
}

export function build(opts: BuildOptions = {}): Promise<void> {
  const configs = makeConfig(opts.only ? { only: opts.only } : {}, { mode: opts.mode ?? 'production' });
  const compiler = webpack(configs);
  return new Promise((resolvePromise, reject) => {
    if (!opts.watch) {
      compiler.run((err, stats) => {
        compiler.close(() => undefined);
        if (err) return reject(err);
        const s = summarise(stats);
        return s.ok ? resolvePromise() : reject(new Error(`Build failed:\n${s.message}`));
      });
      return;
    }
    let first = true;
    compiler.watch({ aggregateTimeout: 200 }, (err, stats) => {
      const s = err ? { ok: false, message: err.message } : summarise(stats);
      if (first) {
        first = false;
        return s.ok ? resolvePromise() : reject(new Error(`Build failed:\n${s.message}`));
      }
      opts.onRebuild?.(s.ok, s.message);
    });
  });
}
