/** Settings: which requirement sets the emulated Outlook supports, the permission level, master categories. */
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Select, tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PermissionLevel } from '../host/host-api';
import { PERMISSION_LEVELS, REQUIREMENT_SET_CHOICES } from '../host/workbench-state';
import { useHost, useWorkbench } from './workbench-context';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '12px' },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  cats: { margin: '4px 0' },
  add: { display: 'flex', gap: '8px', alignItems: 'flex-end' },
  section: { margin: '16px 0 6px', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const host = useHost();
  const { settings, manifest, masterCategories, pane } = useWorkbench();
  const [newCategory, setNewCategory] = useState('');
  const setSet = (name: string, version: string) => {
    const sets = { ...settings.supportedSets };
    if (version) sets[name] = version;
    else delete sets[name];
    host.setSupportedSets(sets);
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Workbench settings</DialogTitle>
          <DialogContent>
            <p className={styles.note}>Set what the emulated Outlook supports, to see how the add-in degrades. Changes apply to add-in pages loaded from now on.</p>
            <h3 className={styles.section}>Requirement sets</h3>
            <div className={styles.grid}>
              {Object.entries(REQUIREMENT_SET_CHOICES).map(([name, versions]) => (
                <Field key={name} label={name}>
                  <Select value={settings.supportedSets[name] ?? ''} onChange={(_, d) => setSet(name, d.value)}>
                    <option value="">Not supported</option>
                    {versions.map((v) => <option key={v} value={v}>{v}</option>)}
                  </Select>
                </Field>
              ))}
              <Field label="Permission level">
                <Select value={settings.permissions ?? ''} onChange={(_, d) => host.setPermissions((d.value || null) as PermissionLevel | null)}>
                  <option value="">As the manifest says ({manifest?.permissions || 'unknown'})</option>
                  {PERMISSION_LEVELS.map((p) => <option key={p} value={p}>{p}</option>)}
                </Select>
              </Field>
            </div>
            <h3 className={styles.section}>Master categories</h3>
            <p className={styles.cats}>{masterCategories.map((c) => c.displayName).join(' · ')}</p>
            <div className={styles.add}>
              <Field label="New category">
                <Input value={newCategory} onChange={(_, d) => setNewCategory(d.value)} />
              </Field>
              <Button disabled={!newCategory.trim() || masterCategories.some((c) => c.displayName.toLowerCase() === newCategory.trim().toLowerCase())}
                onClick={() => {
                  host.setMasterCategories([...masterCategories, { displayName: newCategory.trim(), color: 'Preset7' }]);
                  setNewCategory('');
                }}>
                Add to master list
              </Button>
            </div>
          </DialogContent>
          <DialogActions>
            {pane && <Button onClick={() => host.store.set((s) => ({ paneNonce: s.paneNonce + 1 }))}>Reload task pane</Button>}
            <Button appearance="primary" onClick={onClose}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
