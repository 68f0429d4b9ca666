/** The header band: product name, search, Open .eml…, theme, settings and the signed-in user. */
import {
  Avatar, Button, Input, makeStyles, Menu, MenuDivider, MenuGroup, MenuGroupHeader, MenuItem, MenuItemRadio, MenuList, MenuPopover, MenuTrigger, tokens,
} from '@fluentui/react-components';
import { useRef } from 'react';
import { USER_PROFILE } from '../model/message';
import { OpenFileIcon, SettingsIcon, ThemeIcon } from './icons';
import { useHost, useWorkbench } from './workbench-context';

const useStyles = makeStyles({
  root: {
    display: 'flex', alignItems: 'center', gap: '12px', padding: '0 12px', minHeight: '48px',
    backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { display: 'flex', alignItems: 'baseline', gap: '8px', margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  tag: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, opacity: 0.9 },
  search: { flexGrow: 1, maxWidth: '480px', margin: '0 auto' },
  actions: { display: 'flex', alignItems: 'center', gap: '4px' },
  onBrand: { color: tokens.colorNeutralForegroundOnBrand, ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackgroundHover } },
});

export async function readAndOpen(host: ReturnType<typeof useHost>, file: File): Promise<void> {
  try {
    await host.openEml(await file.arrayBuffer(), file.name);
  } catch {
    // The host shows the error in a banner and the status bar.
  }
}

export function TopBar({ filter, onFilter, onOpenSettings }: { filter: string; onFilter: (v: string) => void; onOpenSettings: () => void }) {
  const styles = useStyles();
  const host = useHost();
  const { settings } = useWorkbench();
  const input = useRef<HTMLInputElement>(null);
  const dark = settings.theme === 'dark';
  return (
    <header className={styles.root}>
      <h1 className={styles.brand}>Outlook <span className={styles.tag}>workbench</span></h1>
      <Input className={styles.search} type="search" placeholder="Search" aria-label="Search messages" value={filter}
        onChange={(_, d) => onFilter(d.value)} />
      <div className={styles.actions}>
        <input ref={input} type="file" accept=".eml,.txt,message/rfc822" hidden aria-hidden="true" tabIndex={-1}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void readAndOpen(host, file);
          }} />
        <Button appearance="subtle" className={styles.onBrand} icon={<OpenFileIcon />} onClick={() => input.current?.click()}>Open .eml…</Button>
        <Button appearance="subtle" className={styles.onBrand} icon={<ThemeIcon />} aria-label={dark ? 'Switch to light theme' : 'Switch to dark theme'}
          onClick={() => host.setTheme(dark ? 'light' : 'dark')} />
        <Menu checkedValues={{ theme: [settings.theme], layout: [settings.layout] }}
          onCheckedValueChange={(_, d) => {
            if (d.name === 'theme') host.setTheme(d.checkedItems[0] as 'light' | 'dark');
            if (d.name === 'layout') host.setLayout(d.checkedItems[0] as 'classic' | 'simplified');
          }}>
          <MenuTrigger disableButtonEnhancement>
            <Button appearance="subtle" className={styles.onBrand} icon={<SettingsIcon />} aria-label="Settings" />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuGroup>
                <MenuGroupHeader>Theme</MenuGroupHeader>
                <MenuItemRadio name="theme" value="light">Light</MenuItemRadio>
                <MenuItemRadio name="theme" value="dark">Dark</MenuItemRadio>
              </MenuGroup>
              <MenuDivider />
              <MenuGroup>
                <MenuGroupHeader>Ribbon</MenuGroupHeader>
                <MenuItemRadio name="layout" value="classic">Classic Outlook</MenuItemRadio>
                <MenuItemRadio name="layout" value="simplified">New Outlook / web</MenuItemRadio>
              </MenuGroup>
              <MenuDivider />
              <MenuItem onClick={onOpenSettings}>Requirement sets and permissions…</MenuItem>
              <MenuItem onClick={() => host.resetData()}>Reset workbench data</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        <Avatar name={USER_PROFILE.displayName} size={32} color="colorful" aria-label={`Signed in as ${USER_PROFILE.displayName}`} />
      </div>
    </header>
  );
}
