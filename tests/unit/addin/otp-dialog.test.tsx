/**
 * @jest-environment jsdom
 * @jsxRuntime automatic
 *
 * The "OTP Token" dialog as the user meets it: no prompt until sign-in is needed; the code masked
 * by default, "Show" reveals it; OK signs in with the Outlook address and the code; Cancel closes
 * and the pane keeps working; the gateway's errors shown; offline pauses OK and keeps the code.
 */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SESSION_KEY } from '../../../src/addin/auth/session-store';
import { renderPane } from './fakes/render-pane';
import { VALID_CODE } from './fakes/fake-gateway';

beforeEach(() => {
  delete document.documentElement.dataset.paneReady;
  sessionStorage.clear();
});

async function openOtpDialog(route = 'create-ticket', options: Parameters<typeof renderPane>[1] = {}) {
  const pane = renderPane(route, options);
  await waitFor(() => expect(document.documentElement.dataset.paneReady).toBe(route));
  fireEvent.click(screen.getByRole('button', { name: 'Sign in to Autotask' }));
  const dialog = await screen.findByRole('dialog', { name: 'OTP Token' });
  const code = within(dialog).getByLabelText(/One-time code/);
  return { ...pane, dialog, code: code as HTMLInputElement };
}

it('asks nothing until sign-in is needed', async () => {
  const { gateway } = renderPane('create-ticket');
  await waitFor(() => expect(document.documentElement.dataset.paneReady).toBe('create-ticket'));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(screen.getByText(/Not signed in to Autotask/)).toBeInTheDocument();
  // No stored token: not a single request.
  expect(gateway.requests).toEqual([]);
});

it('masks the code by default, with a numeric one-time-code field, and Show reveals it', async () => {
  const { code, dialog } = await openOtpDialog();
  expect(code).toHaveAttribute('type', 'password');
  expect(code).toHaveAttribute('inputmode', 'numeric');
  expect(code).toHaveAttribute('autocomplete', 'one-time-code');
  expect(code).toHaveFocus();
  expect(within(dialog).getByText(/sign in to Autotask as grace@example.com/)).toBeInTheDocument();
  const show = within(dialog).getByRole('checkbox', { name: 'Show' });
  expect(show).not.toBeChecked();
  fireEvent.click(show);
  expect(code).toHaveAttribute('type', 'text');
  fireEvent.click(show);
  expect(code).toHaveAttribute('type', 'password');
  // Never a zone address (or anything else) to type: the code and "Show", nothing more.
  expect([...dialog.querySelectorAll('input')].map((i) => i.type)).toEqual(['password', 'checkbox']);
  expect(within(dialog).queryByLabelText(/address|zone|server/i)).not.toBeInTheDocument();
});

it('OK signs in with the Outlook address and the code; the route confirms who is signed in', async () => {
  const { code, dialog, gateway, storage } = await openOtpDialog();
  fireEvent.change(code, { target: { value: ` ${VALID_CODE.slice(0, 3)} ${VALID_CODE.slice(3)} ` } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  // The closed modal gives the pane back to assistive technology.
  expect(screen.getByRole('main', { name: 'Create Ticket from email' })).toBeInTheDocument();
  const otp = gateway.requests.find((r) => r.url === '/auth/otp')!;
  expect(otp.method).toBe('POST');
  expect(otp.body).toEqual({ email: 'grace@example.com', code: VALID_CODE });
  // After sign-in the route asks the gateway who this is.
  expect(await screen.findByText('Signed in to Autotask as Sam Rivera')).toBeInTheDocument();
  expect(gateway.requests.some((r) => r.url === '/auth/session' && r.headers.Authorization?.startsWith('Bearer tok_'))).toBe(true);
  expect(JSON.parse(storage.getItem(SESSION_KEY)!).method).toBe('otp');
  expect(screen.queryByRole('button', { name: 'Sign in to Autotask' })).not.toBeInTheDocument();
});

it('Enter in the code field is OK', async () => {
  const { code, gateway } = await openOtpDialog();
  fireEvent.change(code, { target: { value: VALID_CODE } });
  fireEvent.submit(code.closest('form')!);
  await waitFor(() => expect(gateway.requests.some((r) => r.url === '/auth/otp')).toBe(true));
});

it('Cancel closes the dialog; the user keeps working and can sign in later', async () => {
  const { dialog, gateway } = await openOtpDialog();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(gateway.requests.some((r) => r.url === '/auth/otp')).toBe(false);
  expect(screen.getByRole('main', { name: 'Create Ticket from email' })).toBeInTheDocument();
  expect(screen.getByText('Printer on fire')).toBeInTheDocument();
  const again = screen.getByRole('button', { name: 'Sign in to Autotask' });
  expect(again).toBeEnabled();
  fireEvent.click(again);
  expect(await screen.findByRole('dialog', { name: 'OTP Token' })).toBeInTheDocument();
});

it('Escape cancels too', async () => {
  const { dialog } = await openOtpDialog();
  fireEvent.keyDown(dialog, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.getByRole('button', { name: 'Sign in to Autotask' })).toBeInTheDocument();
});

it('a code that is not 6 digits is explained without a request', async () => {
  const { code, dialog, gateway } = await openOtpDialog();
  fireEvent.change(code, { target: { value: '12ab' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
  expect(await within(dialog).findByText('Enter the 6 digits from your authenticator app.')).toBeInTheDocument();
  expect(gateway.requests.some((r) => r.url === '/auth/otp')).toBe(false);
  expect(code).toHaveValue('12ab');
});

it('a rejected code shows the gateway\'s explanation, clears the code and puts focus back', async () => {
  const { code, dialog } = await openOtpDialog();
  fireEvent.change(code, { target: { value: '654321' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
  expect(await within(dialog).findByText(/The code is wrong, was already used or has expired/)).toBeInTheDocument();
  expect(code).toHaveValue('');
  await waitFor(() => expect(code).toHaveFocus());
  expect(screen.getByRole('dialog', { name: 'OTP Token' })).toBeInTheDocument();
});

it('other refusals keep the typed code (e.g. no Autotask resource for the address)', async () => {
  const { code, dialog, gateway } = await openOtpDialog();
  gateway.queue('/auth/otp', 403, { error: 'unknown_user', error_description: 'No active Autotask resource has the address grace@example.com. Ask your Autotask administrator to check your resource\'s email address and status.' });
  fireEvent.change(code, { target: { value: VALID_CODE } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
  expect(await within(dialog).findByText(/No active Autotask resource has the address/)).toBeInTheDocument();
  expect(code).toHaveValue(VALID_CODE);
});

it('a lockout shows its wait and pauses OK until then', async () => {
  jest.useFakeTimers({ doNotFake: ['queueMicrotask'] });
  try {
    const { code, dialog, gateway } = await openOtpDialog();
    gateway.queue('/auth/otp', 423, { error: 'locked', error_description: 'Too many attempts: wait 30 seconds before you try again.', retry_after: 30 });
    fireEvent.change(code, { target: { value: VALID_CODE } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(dialog).findByText('Too many attempts: wait 30 seconds before you try again.')).toBeInTheDocument();
    expect(within(dialog).getByText(/You can try again at/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'OK' })).toBeDisabled();
    expect(code).toHaveValue(VALID_CODE);
    act(() => jest.advanceTimersByTime(30_000));
    expect(within(dialog).getByRole('button', { name: 'OK' })).toBeEnabled();
  } finally {
    jest.useRealTimers();
  }
});

it('offline: OK is paused with the reason, the typed code stays; back online OK works', async () => {
  const { code, dialog, win, gateway } = await openOtpDialog();
  fireEvent.change(code, { target: { value: VALID_CODE } });
  act(() => win.go('offline'));
  expect(within(dialog).getByText(/You're offline\. Autotask actions are paused; what you typed stays here/)).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'OK' })).toBeDisabled();
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
  expect(code).toHaveValue(VALID_CODE);
  act(() => win.go('online'));
  expect(within(dialog).queryByText(/You're offline/)).not.toBeInTheDocument();
  expect(code).toHaveValue(VALID_CODE);
  fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(gateway.requests.filter((r) => r.url === '/auth/otp')).toHaveLength(1);
});

it('a gateway that does not answer is reported as such, and the code is kept', async () => {
  const { code, dialog, gateway } = await openOtpDialog();
  gateway.setOffline(true);
  fireEvent.change(code, { target: { value: VALID_CODE } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
  expect(await within(dialog).findByText(/can't reach its server\. Check your connection/)).toBeInTheDocument();
  expect(code).toHaveValue(VALID_CODE);
  expect(within(dialog).getByRole('button', { name: 'OK' })).toBeDisabled();
  // "Try again" makes one request; the gateway answers again, so OK comes back.
  gateway.setOffline(false);
  fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'OK' })).toBeEnabled());
  expect(gateway.requests.filter((r) => r.url === '/healthz')).toHaveLength(1);
});
