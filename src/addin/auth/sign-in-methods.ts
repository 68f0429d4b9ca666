/**
 * The three ways to get a session (docs/gateway-api.md § Sign-in), each a function from its
 * dependencies to a Session, plus KaseyaOne's single sign-out. The controller (auth-controller.ts)
 * owns state; these own the protocol.
 */
import type { OfficeFacade } from '../office';
import { t } from '../strings';
import { AuthError, cancelled, isAuthError } from './auth-errors';
import { runDialogFlow, signInThroughDialog, startUrl } from './dialog-flow';
import type { GatewayClient } from './gateway-client';
import { MicrosoftTokenError, type acquireMicrosoftToken } from './microsoft-naa';
import type { Session, SignInConfig } from './session';

export type SignInOffice = Pick<OfficeFacade, 'displayDialog' | 'getUserProfile' | 'isSetSupported' | 'openBrowserWindow'>;

export interface SignInDeps {
  office: SignInOffice;
  gateway: GatewayClient;
  /** The add-in's origin (the gateway's): dialogs start there. */
  origin: string;
  acquireToken: typeof acquireMicrosoftToken;
}

async function outlookEmail(office: SignInOffice): Promise<string> {
  try {
    return (await office.getUserProfile()).emailAddress;
  } catch {
    return '';
  }
}

/** OTP: the Outlook user's address and the 6-digit code. */
export async function signInWithOtp(d: SignInDeps, code: string): Promise<Session> {
  return d.gateway.otp(await outlookEmail(d.office), code);
}

async function naaSupported(d: SignInDeps, config: SignInConfig): Promise<boolean> {
  return Boolean(config.microsoft) && (await d.office.isSetSupported('NestedAppAuth', '1.1'));
}

/** Errors after which the Office dialog would fail the same way (or the user said no). */
function final(error: unknown): boolean {
  if (error instanceof MicrosoftTokenError) return error.cancelled;
  return isAuthError(error) && (error.code === 'GATEWAY_UNREACHABLE' || ['unknown_user', 'locked', 'rate_limited'].includes(error.gatewayCode ?? ''));
}

/**
 * Microsoft, with no prompt of ours: a token from nested app authentication (silently unless
 * `interactive`), exchanged at POST /auth/microsoft. Null when NAA is not available.
 */
export async function microsoftByNaa(d: SignInDeps, config: SignInConfig, interactive: boolean): Promise<Session | null> {
  if (!config.microsoft || !(await naaSupported(d, config))) return null;
  const token = await d.acquireToken({ config: config.microsoft, loginHint: await outlookEmail(d.office), interactive });
  return d.gateway.microsoft(token);
}

/** Microsoft: nested app authentication first; the Office dialog when it is unsupported or fails. */
export async function signInWithMicrosoft(d: SignInDeps, config: SignInConfig, signal?: AbortSignal): Promise<Session> {
  try {
    const session = await microsoftByNaa(d, config, true);
    if (session) return session;
  } catch (error) {
    if (error instanceof MicrosoftTokenError && error.cancelled) throw cancelled();
    if (final(error)) throw error;
    console.warn('[auth] nested app authentication failed; using the sign-in dialog', error);
  }
  return signInThroughDialog(d.office, startUrl(d.origin, 'microsoft'), signal);
}

/** KaseyaOne: the user's Autotask username goes to KaseyaOne as the login hint. */
export function signInWithKaseyaOne(d: SignInDeps, username: string, signal?: AbortSignal): Promise<Session> {
  return signInThroughDialog(d.office, startUrl(d.origin, 'kaseyaone', username.trim()), signal);
}

/** The relay page that takes the dialog to the end-session URL (static/signout.html), with its texts. */
export function signOutPageUrl(origin: string): string {
  const url = new URL('/signout.html', origin);
  url.searchParams.set('title', t('auth.signOutPage.title'));
  url.searchParams.set('text', t('auth.signOutPage.text'));
  url.searchParams.set('failed', t('auth.signOutPage.failed'));
  return url.href;
}

/** How KaseyaOne's sign-out went: in a dialog, in the browser, or not finished by the user. */
export type ProviderSignOut = 'done' | 'browser' | 'closed';

/**
 * Opens KaseyaOne's end-session URL. Office dialogs must start on the add-in's origin, so the
 * dialog opens /signout.html, which asks for the URL (messageParent "ready") and receives it with
 * messageChild: the page never takes a target from its address, so it cannot be used to redirect
 * anywhere else. Without DialogApi 1.2 (or when the dialog cannot open) the browser opens it.
 */
export async function endProviderSession(d: SignInDeps, endSessionUrl: string): Promise<ProviderSignOut> {
  const browser = async (): Promise<ProviderSignOut> => {
    if (await d.office.openBrowserWindow(endSessionUrl).catch(() => false)) return 'browser';
    throw new AuthError('SIGN_IN_DIALOG_FAILED', 'The KaseyaOne sign-out page could not be opened.');
  };
  if (!(await d.office.isSetSupported('DialogApi', '1.2'))) return browser();
  try {
    await runDialogFlow<void>(d.office, signOutPageUrl(d.origin), (message, dialog) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (type === 'ready') {
        void dialog.messageChild(JSON.stringify({ type: 'end-session', url: endSessionUrl }));
        return undefined;
      }
      return type === 'signed-out' ? { value: undefined } : undefined;
    });
    return 'done';
  } catch (error) {
    if (isAuthError(error, 'SIGN_IN_CANCELLED')) return 'closed';
    return browser();
  }
}
