/**
 * Microsoft sign-in by nested app authentication (NAA): MSAL's nestable client asks Outlook for a
 * token for the gateway's API, silently first and with Outlook's own prompt only when it must
 * (Microsoft's Outlook-Add-in-SSO-NAA sample). MSAL is loaded on first use, so it is not part of
 * the pane's start-up bundle. Callers fall back to the Office dialog when this throws.
 */
import type { MicrosoftSignInConfig } from './session';

export class MicrosoftTokenError extends Error {
  override readonly name = 'MicrosoftTokenError';
  /** True when the user dismissed Microsoft's prompt (no fallback then). */
  readonly cancelled: boolean;
  constructor(message: string, options: { cancelled?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.cancelled = options.cancelled === true;
  }
}

export interface MicrosoftTokenRequest {
  config: MicrosoftSignInConfig;
  /** The Outlook user's address: tells Microsoft which account is meant. */
  loginHint?: string | undefined;
  /** false: never show Microsoft's prompt (fail instead). */
  interactive: boolean;
}

type Msal = typeof import('@azure/msal-browser');
type Pca = Awaited<ReturnType<Msal['createNestablePublicClientApplication']>>;

let msal: Promise<Msal> | undefined;
const clients = new Map<string, Promise<Pca>>();

function loadMsal(): Promise<Msal> {
  msal ??= import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
  msal.catch(() => (msal = undefined));
  return msal;
}

function client(lib: Msal, config: MicrosoftSignInConfig): Promise<Pca> {
  const key = `${config.clientId}|${config.authority}`;
  let pca = clients.get(key);
  if (!pca) {
    pca = lib.createNestablePublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority, knownAuthorities: [new URL(config.authority).host] },
      cache: { cacheLocation: 'localStorage' },
    });
    pca.catch(() => clients.delete(key));
    clients.set(key, pca);
  }
  return pca;
}

/** An access token for the gateway's API (`api://<host>/<clientId>/access_as_user`). */
export async function acquireMicrosoftToken(request: MicrosoftTokenRequest): Promise<string> {
  const { config, loginHint, interactive } = request;
  if (config.scopes.length === 0) throw new MicrosoftTokenError('The gateway announced no Microsoft scopes');
  let pca: Pca;
  try {
    pca = await client(await loadMsal(), config);
  } catch (error) {
    throw new MicrosoftTokenError('MSAL could not start', { cause: error });
  }
  const scopes = config.scopes;
  try {
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    const silent = await pca.acquireTokenSilent({ scopes, ...(account ? { account } : {}), ...(loginHint ? { loginHint } : {}) });
    if (silent.accessToken) return silent.accessToken;
  } catch (error) {
    // As Microsoft's sample: any silent failure (usually InteractionRequiredAuthError) → the prompt.
    if (!interactive) throw new MicrosoftTokenError('No Microsoft token without a prompt', { cause: error });
  }
  if (!interactive) throw new MicrosoftTokenError('No Microsoft token without a prompt');
  try {
    const popup = await pca.acquireTokenPopup({ scopes, ...(loginHint ? { loginHint } : {}) });
    if (popup.account) pca.setActiveAccount(popup.account);
    return popup.accessToken;
  } catch (error) {
    const code = (error as { errorCode?: unknown } | null)?.errorCode;
    throw new MicrosoftTokenError('Microsoft sign-in did not finish', { cancelled: code === 'user_cancelled', cause: error });
  }
}
