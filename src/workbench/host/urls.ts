/** How the workbench turns a manifest URL into the URL it loads in a frame. */

export const HOST_PARAM = '_host';
export const HOST_VALUE = 'workbench';

/** Adds _host=workbench so the dev gateway swaps office.js for the emulator. */
export function withWorkbenchHost(url: string): string {
  const u = new URL(url);
  u.searchParams.set(HOST_PARAM, HOST_VALUE);
  return u.href;
}

/**
 * Manifest URLs name the origin the manifest was generated for (https://localhost:3000); when the
 * workbench is served from another origin (a test gateway on another port) they are moved onto it.
 */
export function rebase(url: string, manifestOrigin: string | undefined, pageOrigin: string): string {
  try {
    const u = new URL(url);
    if (manifestOrigin && u.origin === manifestOrigin && manifestOrigin !== pageOrigin) {
      return pageOrigin + u.pathname + u.search + u.hash;
    }
    return u.href;
  } catch {
    return url;
  }
}

export function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}
