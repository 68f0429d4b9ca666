/**
 * The ribbon, drawn from manifest.xml: "Classic Outlook" shows the add-in's custom tab (groups of
 * large buttons and "More" menus); "New Outlook / web" shows Outlook's Home tab with the add-in's
 * one group of menus. Every control carries its manifest label as accessible name; groups are
 * role="group" with aria-label = the group label.
 */
import {
  Button, makeStyles, mergeClasses, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, Tab, TabList, ToggleButton, tokens, Tooltip,
} from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import { useHost, useWorkbench } from '../ui/workbench-context';
import { ribbonFor, type IconSet, type RibbonControl, type RibbonGroup, type RibbonLayout, type RibbonMenuItem, type RibbonTab } from './manifest-model';

const SURFACE = 'MessageReadCommandSurface';

const useStyles = makeStyles({
  root: { backgroundColor: tokens.colorNeutralBackground2, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '0 8px' },
  tabsRow: { display: 'flex', alignItems: 'center', gap: '8px', minHeight: '36px' },
  layoutSwitch: { marginLeft: 'auto', display: 'flex', alignItems: 'center', gap: '4px' },
  layoutLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginRight: '4px' },
  commands: {
    display: 'flex', alignItems: 'stretch', gap: '4px', minHeight: '40px', padding: '4px 0 6px', overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, marginBottom: '6px', boxShadow: tokens.shadow2,
  },
  classicCommands: { minHeight: '92px' },
  group: { display: 'flex', flexDirection: 'column', padding: '0 6px', borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  groupControls: { display: 'flex', alignItems: 'flex-start', gap: '2px', flexGrow: 1 },
  groupLabel: { textAlign: 'center', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, paddingTop: '2px' },
  inlineGroup: { display: 'flex', alignItems: 'center', gap: '2px', padding: '0 6px', borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  large: {
    flexDirection: 'column', height: '68px', minWidth: '60px', maxWidth: '88px', padding: '4px 6px', gap: '2px',
    fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, lineHeight: '14px', whiteSpace: 'normal',
  },
  error: { color: tokens.colorPaletteRedForeground1, padding: '8px' },
  tip: { display: 'flex', flexDirection: 'column', gap: '2px' },
});

function Icon({ icons, size }: { icons: IconSet; size: 16 | 20 | 32 }) {
  const host = useHost();
  const url = icons[size] ?? icons[16] ?? icons[32];
  return url ? <img src={host.assetUrl(url)} alt="" width={size} height={size} /> : null;
}

function Supertip({ control, children }: { control: { supertip: { title: string; description: string } }; children: ReactElement }) {
  const styles = useStyles();
  const { title, description } = control.supertip;
  if (!title && !description) return children;
  return (
    <Tooltip relationship="description" positioning="below-start" showDelay={600}
      content={<div className={styles.tip}><strong>{title}</strong><span>{description}</span></div>}>
      {children}
    </Tooltip>
  );
}

function ControlView({ control, large }: { control: RibbonControl; large: boolean }) {
  const styles = useStyles();
  const host = useHost();
  const run = (item: RibbonMenuItem) => void host.execute(item).catch(() => undefined);
  if (control.kind === 'button') {
    return (
      <Supertip control={control}>
        <Button appearance="subtle" className={large ? styles.large : undefined} icon={<Icon icons={control.icons} size={large ? 32 : 20} />}
          data-control-id={control.id} onClick={() => run(control)}>
          {control.label}
        </Button>
      </Supertip>
    );
  }
  return (
    <Menu positioning="below-start">
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="subtle" className={large ? styles.large : undefined} icon={<Icon icons={control.icons} size={large ? 32 : 20} />}
          data-control-id={control.id}>
          {control.label}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {control.items.map((item) => (
            <MenuItem key={item.id} icon={<Icon icons={item.icons} size={16} />} data-control-id={item.id} onClick={() => run(item)}>
              {item.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function GroupView({ group, layout }: { group: RibbonGroup; layout: RibbonLayout }) {
  const styles = useStyles();
  const large = layout === 'classic';
  if (!large) {
    return (
      <div role="group" aria-label={group.label} className={styles.inlineGroup} data-group-id={group.id}>
        {group.controls.map((c) => <ControlView key={c.id} control={c} large={false} />)}
      </div>
    );
  }
  return (
    <div role="group" aria-label={group.label} className={styles.group} data-group-id={group.id}>
      <div className={styles.groupControls}>{group.controls.map((c) => <ControlView key={c.id} control={c} large />)}</div>
      <div className={styles.groupLabel} aria-hidden="true">{group.label}</div>
    </div>
  );
}

/** Outlook's own Home-tab commands: scenery only, so the add-in's group sits where it would. */
function BuiltinCommands() {
  return (
    <div role="group" aria-label="Outlook" style={{ display: 'flex', alignItems: 'center' }}>
      {['Delete', 'Archive', 'Reply', 'Reply all', 'Forward'].map((name) => (
        <Button key={name} appearance="subtle" disabledFocusable title="Not part of the workbench">{name}</Button>
      ))}
    </div>
  );
}

export function Ribbon() {
  const styles = useStyles();
  const host = useHost();
  const { manifest, manifestError, settings } = useWorkbench();
  const layout = settings.layout;
  const tab: RibbonTab | undefined = manifest ? ribbonFor(manifest, SURFACE, layout) : undefined;
  const customLabel = layout === 'classic' && tab?.kind === 'custom' ? tab.label : undefined;
  const [selectedTab, setSelectedTab] = useState<'home' | 'addin'>('addin');
  const showAddinTab = !!customLabel && selectedTab === 'addin';

  return (
    <div className={styles.root} role="region" aria-label="Ribbon">
      <div className={styles.tabsRow}>
        <TabList size="small" selectedValue={customLabel ? selectedTab : 'home'} onTabSelect={(_, d) => setSelectedTab(d.value as 'home' | 'addin')} aria-label="Ribbon tabs">
          <Tab value="home">Home</Tab>
          {customLabel && <Tab value="addin">{customLabel}</Tab>}
        </TabList>
        <div className={styles.layoutSwitch} role="group" aria-label="Ribbon layout">
          <span className={styles.layoutLabel} aria-hidden="true">Ribbon as in</span>
          {(['classic', 'simplified'] as const).map((l) => (
            <ToggleButton key={l} size="small" checked={layout === l} appearance={layout === l ? 'primary' : 'secondary'}
              onClick={() => host.setLayout(l)}>
              {l === 'classic' ? 'Classic Outlook' : 'New Outlook / web'}
            </ToggleButton>
          ))}
        </div>
      </div>
      <div className={mergeClasses(styles.commands, layout === 'classic' && styles.classicCommands)} data-layout={layout}>
        {manifestError && <div className={styles.error} role="alert">{manifestError}</div>}
        {!manifestError && !showAddinTab && <BuiltinCommands />}
        {!manifestError && tab && (showAddinTab || (layout === 'simplified' && tab.kind === 'default') || (layout === 'classic' && tab.kind === 'default' && selectedTab === 'home'))
          && tab.groups.map((g) => <GroupView key={g.id} group={g} layout={showAddinTab ? 'classic' : 'simplified'} />)}
      </div>
    </div>
  );
}
