/** The add-in's public configuration, served by the gateway at `/api/config` (same origin). */

export interface AppConfig {
  productName: string;
  version: string;
  build: string;
  autotaskWebUrl: string;
  copyright: string;
}

export type AppConfigErrorCode = 'APP_CONFIG_UNAVAILABLE' | 'APP_CONFIG_INVALID';

export class AppConfigError extends Error {
  override readonly name = 'AppConfigError';
  constructor(readonly code: AppConfigErrorCode, message: string, readonly status?: number, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

function isWebUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export async function fetchAppConfig(fetchImpl: FetchLike, options: { url?: string; timeoutMs?: number } = {}): Promise<AppConfig> {
  const { url = '/api/config', timeoutMs = 8_000 } = options;
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = setTimeout(() => controller?.abort(), timeoutMs);
  let body: unknown;
  try {
    const response = await fetchImpl(url, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      ...(controller ? { signal: controller.signal } : {}),
    });
    if (!response.ok) throw new AppConfigError('APP_CONFIG_UNAVAILABLE', `GET ${url} answered ${response.status}`, response.status);
    body = await response.json();
  } catch (error) {
    if (error instanceof AppConfigError) throw error;
    throw new AppConfigError('APP_CONFIG_UNAVAILABLE', `GET ${url} failed`, undefined, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  const config = (body ?? {}) as Record<string, unknown>;
  if (!isWebUrl(config.autotaskWebUrl)) {
    throw new AppConfigError('APP_CONFIG_INVALID', `GET ${url}: autotaskWebUrl is missing or not an http(s) URL`);
  }
  return {
    productName: str(config.productName),
    version: str(config.version),
    build: str(config.build),
    autotaskWebUrl: config.autotaskWebUrl,
    copyright: str(config.copyright),
  };
}
