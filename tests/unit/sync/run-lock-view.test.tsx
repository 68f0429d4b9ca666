/**
 * @jest-environment jsdom
 * @jsxRuntime automatic
 *
 * Get Calendar Items shares one lock with the automatic Get: while an automatic run holds it, Run
 * waits with the reason; when it ends, Run is back.
 */
import '@testing-library/jest-dom';
import { act, screen, waitFor } from '@testing-library/react';
import { SYNC_SETTINGS_KEY } from '../../../src/addin/office/sync-settings';
import { calendarGetLock } from '../../../src/addin/sync/run-lock';
import { createFakeFacade } from '../addin/fakes/fake-facade';
import { createFakeGateway } from '../addin/fakes/fake-gateway';
import { renderPane } from '../addin/fakes/render-pane';

it('Run waits, with the reason, while the automatic Get holds the lock', async () => {
  const gateway = createFakeGateway();
  (globalThis as { fetch?: unknown }).fetch = gateway.fetch;
  const office = createFakeFacade({
    getRoamingSetting: jest.fn(async (name: string) => (name === SYNC_SETTINGS_KEY ? { calendar: { enabled: true } } : undefined)) as never,
  });
  renderPane('get-calendar', { gateway, office, storedSession: gateway.issue('otp') });
  const run = await screen.findByRole('button', { name: 'Run' });
  await waitFor(() => expect(run).toBeEnabled());

  let release: (() => void) | null = null;
  act(() => { release = calendarGetLock.tryAcquire(); });
  expect(release).not.toBeNull();
  expect(screen.getByText('An automatic Get Calendar Items is running; Run is available when it ends.')).toBeInTheDocument();
  expect(run).toBeDisabled();

  act(() => release!());
  expect(screen.queryByText(/An automatic Get Calendar Items is running/)).not.toBeInTheDocument();
  expect(run).toBeEnabled();
});
