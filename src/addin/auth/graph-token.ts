/**
 * Microsoft Graph access tokens for calendar and contact sync. In real Outlook they come from
 * nested app authentication (MSAL's nestable client, silently; Outlook's own prompt only when it
 * must), for the Graph scopes the gateway announces. Where NAA is not available and the gateway
 * announces a development token endpoint (the workbench, `npm start`), the development identity
 * provider issues the same kind of token for the Outlook user. Tokens are kept until five minutes
 * before they expire. See docs/graph.md.
 */
import type { OfficeFacade } from '../office';
import { acquireMicrosoftToken, MicrosoftTokenError } from './microsoft-naa';
import type { MicrosoftSignInConfig } from './session';

/** What the sync engine's Outlook port calls before each Graph request. */
export interface GraphTokenProvider {
  getToken(): Promise<string>;
}

/** The `graph` part of GET /api/config. */
export interface GraphConfig {
  /** e.g. `https://graph.microsoft.com/v1.0/` (the dev stack: the sandbox's Graph stand-in). */
  baseUrl: string;
  scopes: string[];
  /** Development only. */
  devTokenUrl?: string;
}

export const DEFAULT_GRAPH_CONFIG: GraphConfig = {
  baseUrl: 'https://graph.microsoft.com/v1.0/',
  scopes: ['Calendars.ReadWrite', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite'],
};

/** `GET /api/config` → its `graph` part; defaults where it says nothing usable. */
export function parseGraphConfig(value: unknown): GraphConfig {
  const g = (value as { graph?: unknown } | null)?.graph as Record<string, unknown> | undefined;
  const url = (v: unknown) => (typeof v === 'string' && /^https?:\/\//.test(v) ? v : undefined);
  const scopes = Array.isArray(g?.scopes) ? g.scopes.filter((s): s is string => typeof s === 'string') : [];
  const devTokenUrl = url(g?.devTokenUrl);
  return {
    baseUrl: url(g?.baseUrl) ?? DEFAULT_GRAPH_CONFIG.baseUrl,
    scopes: scopes.length ? scopes : DEFAULT_GRAPH_CONFIG.scopes,
    ...(devTokenUrl ? { devTokenUrl } : {}),
  };
}

export type GraphTokenErrorCode = 'GRAPH_TOKEN_UNAVAILABLE' | 'GRAPH_TOKEN_CANCELLED' | 'GRAPH_TOKEN_FAILED';

export class GraphTokenError extends Error {
  override readonly name = 'GraphTokenError';
  constructor(readonly code: GraphTokenErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface GraphTokenDeps {
  graph: GraphConfig;
  /** The Microsoft app (client id, authority) from the sign-in config; needed for NAA. */
  microsoft?: MicrosoftSignInConfig | undefined;
  office: Pick<OfficeFacade, 'isSetSupported' | 'getUserProfile'>;
  /** false: never show Microsoft's prompt (automatic runs); default true. */
  interactive?: boolean;
  acquire?: typeof acquireMicrosoftToken;
  fetch?: typeof fetch;
  now?: () => number;
}

/** `exp` of a JWT in ms, without checking it (the service checks); undefined when unreadable. */
export function tokenExpiry(token: string): number | undefined {
  try {
    const part = token.split('.')[1] ?? '';
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

const MARGIN_MS = 5 * 60_000;

export function createGraphTokenProvider(d: GraphTokenDeps): GraphTokenProvider {
  const now = d.now ?? Date.now;
  let cached: { token: string; until: number } | undefined;
  let pending: Promise<string> | undefined;

  const email = async () => {
    try {
      return (await d.office.getUserProfile()).emailAddress;
    } catch {
      return '';
    }
  };

  const fresh = async (): Promise<string> => {
    const loginHint = await email();
    if (d.microsoft && (await d.office.isSetSupported('NestedAppAuth', '1.1'))) {
      try {
        return await (d.acquire ?? acquireMicrosoftToken)({ config: { ...d.microsoft, scopes: d.graph.scopes }, loginHint, interactive: d.interactive ?? true });
      } catch (error) {
        const cancelledByUser = error instanceof MicrosoftTokenError && error.cancelled;
        throw new GraphTokenError(cancelledByUser ? 'GRAPH_TOKEN_CANCELLED' : 'GRAPH_TOKEN_FAILED', 'Microsoft did not give a token for your calendar and contacts', { cause: error });
      }
    }
    if (d.graph.devTokenUrl) {
      const res = await (d.fetch ?? fetch)(d.graph.devTokenUrl, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login_hint: loginHint, scope: d.graph.scopes.join(' ') }),
      }).catch((cause: unknown) => { throw new GraphTokenError('GRAPH_TOKEN_FAILED', 'The development identity provider did not answer', { cause }); });
      const body = (await res.json().catch(() => ({}))) as { access_token?: unknown; error_description?: unknown };
      if (!res.ok || typeof body.access_token !== 'string') {
        throw new GraphTokenError('GRAPH_TOKEN_FAILED', typeof body.error_description === 'string' ? body.error_description : `The development token endpoint answered ${res.status}`);
      }
      return body.access_token;
    }
    throw new GraphTokenError('GRAPH_TOKEN_UNAVAILABLE', 'Calendar and contact sync needs nested app authentication, which this Outlook does not offer');
  };

  return {
    async getToken() {
      if (cached && cached.until > now()) return cached.token;
      pending ??= fresh().then((token) => {
        cached = { token, until: (tokenExpiry(token) ?? now() + 10 * 60_000) - MARGIN_MS };
        return token;
      }).finally(() => { pending = undefined; });
      return pending;
    },
  };
}
