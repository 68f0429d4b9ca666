/**
 * The original message as .eml (item.getAsFileAsync, Mailbox 1.14): offered only where the client
 * has it; its base64 answer passed on; Outlook's failure becomes an OfficeApiError.
 */
import { isOfficeApiError } from '../../../src/addin/office';
import { getMessageAsEml, messageFileSupported } from '../../../src/addin/office/message-file';

function install(item: Record<string, unknown> | null): void {
  (globalThis as { Office?: unknown }).Office = { context: { mailbox: { item } }, AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('the original message as a file', () => {
  it('without getAsFileAsync (older Outlook, the workbench) it is not offered, and asking fails clearly', async () => {
    install({ subject: 'x' });
    expect(messageFileSupported()).toBe(false);
    await expect(getMessageAsEml()).rejects.toMatchObject({ code: 'OFFICE_UNSUPPORTED' });
    delete (globalThis as { Office?: unknown }).Office;
    expect(messageFileSupported()).toBe(false);
  });

  it('with it: the base64 .eml Outlook answers', async () => {
    install({ getAsFileAsync: (cb: (r: unknown) => void) => cb({ status: 'succeeded', value: 'RnJvbTogYQ==' }) });
    expect(messageFileSupported()).toBe(true);
    await expect(getMessageAsEml()).resolves.toBe('RnJvbTogYQ==');
  });

  it('Outlook refusing becomes an OfficeApiError (the upload report shows it; the ticket stays)', async () => {
    install({ getAsFileAsync: (cb: (r: unknown) => void) => cb({ status: 'failed', error: { code: 9017, name: 'GenericResponseError', message: 'Item too large' } }) });
    const error = await getMessageAsEml().catch((e: unknown) => e);
    expect(isOfficeApiError(error)).toBe(true);
  });
});
