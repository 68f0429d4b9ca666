/**
 * Version and build id baked in by webpack's DefinePlugin. Read lazily with a `typeof` guard so the
 * same code runs under jest (where nothing is defined) and tests can set the globals.
 */
export interface BuildInfo {
  version: string;
  build: string;
}

export function getBuildInfo(): BuildInfo {
  return {
    version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev',
    build: typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev',
  };
}
