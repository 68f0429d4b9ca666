/** Client facts: requirement sets, the signed-in mailbox user, display language and theme. */
import { onMailboxEvent, type Unsubscribe } from './mailbox-item';
import { callSync, findOffice, getMailbox, getOffice, officeEnum } from './office-global';

export interface UserProfile {
  displayName: string;
  emailAddress: string;
  timeZone: string;
  /** "enterprise", "gmail", "office365", "outlookCom"; empty when the client does not say (before Mailbox 1.6). */
  accountType: string;
}

export interface OfficeThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export async function isSetSupported(name: string, version: string): Promise<boolean> {
  const office = findOffice();
  try {
    return office?.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

export async function getUserProfile(): Promise<UserProfile> {
  const operation = 'mailbox.userProfile';
  return callSync(operation, () => {
    const profile = getMailbox(operation).userProfile;
    return {
      displayName: profile?.displayName ?? '',
      emailAddress: profile?.emailAddress ?? '',
      timeZone: profile?.timeZone ?? '',
      accountType: String((profile as { accountType?: unknown } | undefined)?.accountType ?? ''),
    };
  });
}

/**
 * `Office.context.partitionKey`: the prefix for localStorage keys where the browser partitions
 * storage (Outlook on the web); undefined where it does not (Windows WebView2, Mac).
 */
export async function getPartitionKey(): Promise<string | undefined> {
  try {
    const key = (findOffice()?.context as { partitionKey?: unknown } | undefined)?.partitionKey;
    return typeof key === 'string' && key ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The UI language of Office (e.g. "en-US"); falls back to the browser's. */
export async function getDisplayLanguage(): Promise<string> {
  const language = findOffice()?.context?.displayLanguage;
  return language || globalThis.navigator?.language || 'en-US';
}

function toThemeColors(theme: Partial<Office.OfficeTheme> | undefined | null): OfficeThemeColors | null {
  if (!theme || typeof theme.bodyBackgroundColor !== 'string') return null;
  return {
    bodyBackgroundColor: theme.bodyBackgroundColor,
    bodyForegroundColor: theme.bodyForegroundColor ?? '',
    controlBackgroundColor: theme.controlBackgroundColor ?? '',
    controlForegroundColor: theme.controlForegroundColor ?? '',
  };
}

/** Office's theme colours (Mailbox 1.14+), or null when the client does not report them. */
export async function getOfficeTheme(): Promise<OfficeThemeColors | null> {
  const operation = 'context.officeTheme';
  return callSync(operation, () => toThemeColors(getOffice(operation).context?.officeTheme));
}

/**
 * Calls `handler` when the user switches Office theme (Mailbox 1.14+). Resolves with a no-op
 * unsubscribe when the client cannot report theme changes.
 */
export async function onOfficeThemeChanged(handler: (theme: OfficeThemeColors | null) => void): Promise<Unsubscribe> {
  if (!(await isSetSupported('Mailbox', '1.14'))) return async () => {};
  const eventType = officeEnum((o) => o.EventType?.OfficeThemeChanged, 'officeThemeChanged');
  return onMailboxEvent(eventType, 'OfficeThemeChanged', (args) => {
    handler(toThemeColors((args as { officeTheme?: Office.OfficeTheme } | undefined)?.officeTheme));
  });
}
