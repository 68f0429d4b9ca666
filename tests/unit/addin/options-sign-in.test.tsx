/**
 * @jest-environment jsdom
 * @jsxRuntime automatic
 *
 * Options > Sign-in and the Calendar drafts; the method choice, KaseyaOne's username form; the
 * offline guard on a whole pane (sync actions paused with the reason, typed text kept).
 */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { DialogEvent, DialogHandle } from '../../../src/addin/office';
import { createFakeFacade } from './fakes/fake-facade';
import { RESOURCE, VALID_CODE, createFakeGateway } from './fakes/fake-gateway';
import { createMemoryStorage, ORIGIN, renderPane } from './fakes/render-pane';

beforeEach(() => {
  delete document.documentElement.dataset.paneReady;
  sessionStorage.clear();
});

const ready = (route: string) => waitFor(() => expect(document.documentElement.dataset.paneReady).toBe(route));

describe('Options > Sign-in', () => {
  it('signed in: shows the method and who, tests the connection through the proxy, signs out', async () => {
    const gateway = createFakeGateway();
    const { storage } = renderPane('options', { gateway, storedSession: gateway.issue('otp') });
    await ready('options');
    const section = screen.getByRole('region', { name: 'Sign-in' });
    expect(await within(section).findByText('Sam Rivera <sam.rivera@harborline-it.com>')).toBeInTheDocument();
    expect(within(section).getByText('Two-factor code (OTP)')).toBeInTheDocument();

    fireEvent.click(within(section).getByRole('button', { name: 'Test connection' }));
    expect(await within(section).findByText(`Autotask answers: you work as Sam Rivera (resource ${RESOURCE.id}).`)).toBeInTheDocument();
    // The test went through the Autotask proxy, named as the Options command (other requests may follow it).
    const proxied = gateway.requests.filter((r) => r.url.includes('/api/autotask/'));
    expect(proxied.length).toBeGreaterThan(0);
    expect(proxied.every((r) => r.headers['X-Autotask-Command'] === 'options')).toBe(true);

    fireEvent.click(within(section).getByRole('button', { name: 'Sign out' }));
    expect(await within(section).findByText('You signed out of Autotask.')).toBeInTheDocument();
    expect(gateway.requests.some((r) => r.url === '/auth/signout')).toBe(true);
    expect(storage.data.size).toBe(0);
    expect(screen.getByRole('button', { name: 'Sign in to Autotask' })).toBeInTheDocument();
  });

  it('signed out: lists the enabled methods', async () => {
    renderPane('options', { gatewayOptions: { methods: ['otp', 'kaseyaone'] } });
    await ready('options');
    const section = screen.getByRole('region', { name: 'Sign-in' });
    expect(await within(section).findByText('Two-factor code (OTP), KaseyaOne')).toBeInTheDocument();
  });

  it('a session ended on the server: the next action asks to sign in again, then continues; the form keeps its values', async () => {
    const gateway = createFakeGateway();
    renderPane('options', { gateway, storedSession: gateway.issue('otp') });
    await ready('options');
    const section = screen.getByRole('region', { name: 'Sign-in' });
    await within(section).findByText('Sam Rivera <sam.rivera@harborline-it.com>');
    fireEvent.click(screen.getByRole('tab', { name: 'Calendar' }));
    fireEvent.change(await screen.findByLabelText('Days back'), { target: { value: '14' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Sign-in' }));
    gateway.revokeAll();
    fireEvent.click(within(section).getByRole('button', { name: 'Test connection' }));
    const dialog = await screen.findByRole('dialog', { name: 'OTP Token' });
    expect(within(dialog).getByText(/Your Autotask session has ended/)).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText(/One-time code/), { target: { value: VALID_CODE } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(section).findByText(/Autotask answers: you work as Sam Rivera/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'Calendar' }));
    expect(await screen.findByLabelText('Days back')).toHaveValue(14);
  });
});

describe('choosing a method', () => {
  it('several methods and no history: a choice; the last method opens directly next time', async () => {
    const storage = createMemoryStorage();
    const gateway = createFakeGateway({ methods: ['otp', 'microsoft', 'kaseyaone'] });
    const first = renderPane('add-ticket', { gateway, storage });
    await ready('add-ticket');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in to Autotask' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign in to Autotask' });
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Two-factor code (OTP)', 'Microsoft single sign-on', 'KaseyaOne', 'Cancel']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Two-factor code (OTP)' }));
    const otp = await screen.findByRole('dialog', { name: 'OTP Token' });
    fireEvent.change(within(otp).getByLabelText(/One-time code/), { target: { value: VALID_CODE } });
    fireEvent.click(within(otp).getByRole('button', { name: 'OK' }));
    await screen.findByText('Signed in to Autotask as Sam Rivera');
    first.view.unmount();

    // Next pane, after the session was signed out elsewhere: OTP straight away, with a way back to the choice.
    storage.removeItem('autotask-outlook.session');
    delete document.documentElement.dataset.paneReady;
    renderPane('add-ticket', { gateway, storage });
    await ready('add-ticket');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in to Autotask' }));
    const again = await screen.findByRole('dialog', { name: 'OTP Token' });
    fireEvent.click(within(again).getByRole('button', { name: 'Use another sign-in method' }));
    expect(await screen.findByRole('dialog', { name: 'Sign in to Autotask' })).toBeInTheDocument();
  });

  it('KaseyaOne: the Autotask username (the Outlook address to start with), then the dialog', async () => {
    let handler: ((e: DialogEvent) => void) | undefined;
    const handle: DialogHandle = { onEvent: (h) => void (handler = h), messageChild: jest.fn(async () => true), close: jest.fn(async () => undefined) };
    const office = createFakeFacade({ displayDialog: jest.fn(async () => handle) });
    const gateway = createFakeGateway({ methods: ['kaseyaone'] });
    renderPane('add-ticket', { gateway, office });
    await ready('add-ticket');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in to Autotask' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign in to Autotask' });
    const username = within(dialog).getByLabelText(/Autotask username/);
    expect(username).toHaveValue('grace@example.com');
    fireEvent.change(username, { target: { value: 'not a username' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log In with KaseyaOne' }));
    expect(await within(dialog).findByText(/it looks like an email address/)).toBeInTheDocument();
    expect(office.displayDialog).not.toHaveBeenCalled();
    fireEvent.change(username, { target: { value: 'sam.rivera@harborline-it.com' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log In with KaseyaOne' }));
    await waitFor(() => expect(office.displayDialog).toHaveBeenCalledWith(`${ORIGIN}/auth/kaseyaone/start?username=sam.rivera%40harborline-it.com`, expect.anything()));
    expect(within(dialog).getByText('Finish logging in in the KaseyaOne window…')).toBeInTheDocument();
    // The user closes KaseyaOne's window: told so, and can try again.
    act(() => handler?.({ kind: 'event', code: 12006 }));
    expect(await within(dialog).findByText(/The sign-in window was closed before sign-in finished/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log In with KaseyaOne' }));
    await waitFor(() => expect(office.displayDialog).toHaveBeenCalledTimes(2));
    act(() => handler?.({ kind: 'message', message: JSON.stringify({ type: 'signed-in', session: gateway.issue('kaseyaone') }), origin: ORIGIN }));
    expect(await screen.findByText('Signed in to Autotask as Sam Rivera')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('offline guard', () => {
  it('pauses every sync action with the reason, keeps what was typed, and resumes on "online"', async () => {
    const gateway = createFakeGateway();
    const { win } = renderPane('options', { gateway, storedSession: gateway.issue('otp') });
    await ready('options');
    const section = screen.getByRole('region', { name: 'Sign-in' });
    await within(section).findByText('Sam Rivera <sam.rivera@harborline-it.com>');
    fireEvent.click(screen.getByRole('tab', { name: 'Calendar' }));
    fireEvent.change(await screen.findByLabelText('Days back'), { target: { value: '21' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Sign-in' }));
    const requestsBefore = gateway.requests.length;

    act(() => win.go('offline'));
    expect(screen.getByText('You\'re offline. Autotask actions are paused; what you typed stays here and can be sent when the connection is back.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Test connection' })).toBeDisabled();
    expect(within(section).getByRole('button', { name: 'Sign out' })).toBeDisabled();
    fireEvent.click(screen.getByRole('tab', { name: 'Calendar' }));
    fireEvent.change(screen.getByLabelText('Days ahead'), { target: { value: '45' } });
    expect(screen.getByLabelText('Days back')).toHaveValue(21);
    expect(gateway.requests.length).toBe(requestsBefore);

    act(() => win.go('online'));
    expect(screen.queryByText(/You're offline/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'Sign-in' }));
    expect(within(section).getByRole('button', { name: 'Test connection' })).toBeEnabled();
    fireEvent.click(screen.getByRole('tab', { name: 'Calendar' }));
    expect(screen.getByLabelText('Days back')).toHaveValue(21);
    expect(screen.getByLabelText('Days ahead')).toHaveValue(45);
  });

  it('"Sign in to Autotask" waits for the connection', async () => {
    const { win } = renderPane('get-calendar');
    await ready('get-calendar');
    act(() => win.go('offline'));
    expect(screen.getByRole('button', { name: 'Sign in to Autotask' })).toBeDisabled();
    act(() => win.go('online'));
    expect(screen.getByRole('button', { name: 'Sign in to Autotask' })).toBeEnabled();
  });

  it('the typed Calendar values survive a pane reload', async () => {
    const first = renderPane('options');
    await ready('options');
    fireEvent.click(screen.getByRole('tab', { name: 'Calendar' }));
    fireEvent.change(await screen.findByLabelText('Days back'), { target: { value: '3' } });
    first.view.unmount();
    delete document.documentElement.dataset.paneReady;
    renderPane('options');
    await ready('options');
    fireEvent.click(screen.getByRole('tab', { name: 'Calendar' }));
    expect(await screen.findByLabelText('Days back')).toHaveValue(3);
    expect(screen.getByLabelText('Days ahead')).toHaveValue(30);
  });
});
