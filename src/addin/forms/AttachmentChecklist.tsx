/**
 * The attachments of the message as planAttachments proposes them: a checkbox each (checked =
 * uploaded after the record exists), with the reason when one is not proposed or cannot go.
 * @jsxRuntime automatic
 */
import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { PlannedAttachment } from '../email/attachments';
import { t } from '../strings';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: 'none' },
  note: { paddingLeft: '28px', color: tokens.colorNeutralForeground3 },
});

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface AttachmentChecklistProps {
  attachments: readonly PlannedAttachment[];
  checked: readonly string[];
  onChange(checked: string[]): void;
  disabled?: boolean;
}

export function AttachmentChecklist({ attachments, checked, onChange, disabled }: AttachmentChecklistProps) {
  const styles = useStyles();
  const legend = useId();
  const shown = attachments.filter((a) => a.kind !== 'inline-image' || a.selected);
  if (!shown.length) return <Caption1>{t('form.attachments.none')}</Caption1>;
  return (
    <fieldset className={styles.list} aria-labelledby={legend}>
      <legend id={legend}>{t('form.attachments')}</legend>
      {shown.map((a) => (
        <div key={a.id}>
          <Checkbox
            label={`${a.name} (${size(a.size)})`}
            checked={checked.includes(a.id)}
            disabled={disabled || !a.selectable}
            onChange={(_e, data) => onChange(data.checked ? [...checked, a.id] : checked.filter((id) => id !== a.id))}
          />
          {a.note ? <Caption1 as="p" className={styles.note}>{a.note}</Caption1> : null}
        </div>
      ))}
    </fieldset>
  );
}
