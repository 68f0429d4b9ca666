/**
 * @jest-environment jsdom
 * @jsxRuntime automatic
 *
 * Options > Calendar and Contacts saved through roamingSettings (the Office facade's fakes): the
 * value set under "sync", then saveRoamingSettings; read back in the next pane.
 *
 * jsdom has no TextEncoder (every Outlook webview has), and the save measures the settings' UTF-8
 * size with it before anything is stored: without one here the save stops with "TextEncoder is not
 * defined" and never reaches roamingSettings. jsdom has no ResizeObserver either, which a Fluent
 * MessageBar of layout "auto" needs; the pane's bars are multiline.
 */
import '@testing-library/jest-dom';
import { TextEncoder } from 'node:util';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SYNC_SETTINGS_KEY } from '../../../src/addin/office/sync-settings';
import { createFakeFacade } from '../addin/fakes/fake-facade';
import { renderPane } from '../addin/fakes/render-pane';

Object.assign(globalThis, { TextEncoder });

beforeEach(() => {
  delete document.documentElement.dataset.paneReady;
  sessionStorage.clear();
  localStorage.clear();
});

const ready = (route: string) => waitFor(() => expect(document.documentElement.dataset.paneReady).toBe(route));

/** A roamingSettings store behind the fake facade: JSON values set in memory, persisted on save. */
function roamingFacade() {
  const memory = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  const office = createFakeFacade({
    getRoamingSetting: jest.fn(async (name: string) => memory.get(name)) as never,
    setRoamingSetting: jest.fn(async (name: string, value: unknown) => void memory.set(name, JSON.parse(JSON.stringify(value)))),
    saveRoamingSettings: jest.fn(async () => { for (const [k, v] of memory) saved.set(k, v); }),
  });
  return { office, saved };
}

describe('Options: saving the sync settings', () => {
  it('sets the settings under one key and saves roamingSettings; the next pane reads them back', async () => {
    const { office, saved } = roamingFacade();
    const first = renderPane('options', { office });
    await ready('options');
    fireEvent.click(screen.getByRole('tab', { name: 'Calendar' }));
    fireEvent.click(await screen.findByRole('switch', { name: /calendar/i }));
    fireEvent.change(screen.getByLabelText('Days back'), { target: { value: '14' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /pane opens/i }));
    fireEvent.click(screen.getByRole('button', { name: 'Save options' }));
    expect(await screen.findByTestId('options-saved')).toBeInTheDocument();
    expect(office.saveRoamingSettings).toHaveBeenCalledTimes(1);
    expect(saved.get(SYNC_SETTINGS_KEY)).toMatchObject({ calendar: { enabled: true, daysBack: 14, getOnOpen: true }, contacts: { enabled: false } });

    first.view.unmount();
    delete document.documentElement.dataset.paneReady;
    renderPane('options', { office });
    await ready('options');
    fireEvent.click(screen.getByRole('tab', { name: 'Calendar' }));
    expect(await screen.findByLabelText('Days back')).toHaveValue(14);
    expect(screen.getByRole('checkbox', { name: /pane opens/i })).toBeChecked();
  });
});
