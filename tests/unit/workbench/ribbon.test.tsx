/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { WorkbenchHost } from '../../../src/workbench/host/workbench-host';
import { parseManifest } from '../../../src/workbench/ribbon/manifest-model';
import { Ribbon } from '../../../src/workbench/ribbon/Ribbon';
import { HostContext } from '../../../src/workbench/ui/workbench-context';

const manifest = parseManifest(readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8'));

function renderRibbon(layout: 'classic' | 'simplified') {
  const host = new WorkbenchHost({ win: window });
  host.store.set((s) => ({ manifest, settings: { ...s.settings, layout } }));
  render(
    <FluentProvider theme={webLightTheme}>
      <HostContext.Provider value={host}><Ribbon /></HostContext.Provider>
    </FluentProvider>,
  );
  return host;
}

describe('Ribbon drawn from manifest.xml', () => {
  it('classic: the custom tab with four labelled groups of buttons and More menus', () => {
    const host = renderRibbon('classic');
    expect(screen.getByRole('tab', { name: 'Autotask' }).getAttribute('aria-selected')).toBe('true');
    for (const label of ['Autotask', 'More', 'Create from email', 'Add to Autotask']) {
      expect(screen.getByRole('group', { name: label })).toBeTruthy();
    }
    const create = screen.getByRole('group', { name: 'Create from email' });
    const ticket = within(create).getByRole('button', { name: 'Ticket' });
    expect(ticket.querySelector('img')?.getAttribute('src')).toMatch(/ticket-32\.png$/);
    expect(within(create).getByRole('button', { name: 'More' }).getAttribute('aria-haspopup')).toBe('menu');
    fireEvent.click(ticket);
    expect(host.taskPane?.url).toMatch(/\/taskpane\.html\?route=create-ticket&_host=workbench$/);
  });

  it('simplified: one "Autotask" group of menus whose items carry the manifest labels', async () => {
    const host = renderRibbon('simplified');
    const group = screen.getByRole('group', { name: 'Autotask' });
    const menus = within(group).getAllByRole('button');
    expect(menus.map((b) => b.textContent)).toEqual(['Autotask', 'More', 'Create from email', 'Add to Autotask']);
    for (const m of menus) expect(m.getAttribute('aria-haspopup')).toBe('menu');
    await act(async () => fireEvent.click(within(group).getByRole('button', { name: 'Add to Autotask' })));
    const items = (await screen.findAllByRole('menuitem')).map((i) => i.textContent);
    expect(items).toEqual(['Ticket', 'Company Note', 'Contact Note', 'Appointment', 'To-Do', 'Contact', 'Ticket Time', 'Ticket Note', 'Service Call', 'Project Time', 'Project Note', 'Task Note']);
    await act(async () => fireEvent.click(screen.getByRole('menuitem', { name: 'Ticket Time' })));
    expect(host.taskPane?.url).toMatch(/route=add-ticket-time&_host=workbench$/);
  });

  it('switches layout from the toggle', async () => {
    const host = renderRibbon('simplified');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Classic Outlook' })));
    expect(host.store.get().settings.layout).toBe('classic');
    expect(screen.getByRole('group', { name: 'Add to Autotask' })).toBeTruthy();
  });
});
