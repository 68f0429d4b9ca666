/**
 * A picklist from Autotask field metadata as a native select (keyboard and screen-reader friendly).
 * Active values only, system ones included (Autotask marks built-in values such as "Phone Call" or
 * "Complete" as system; they are ordinary choices). Dependent picklists show only the children of
 * the parent's value.
 * @jsxRuntime automatic
 */
import { Field, Select } from '@fluentui/react-components';
import type { EntityFields, PicklistValue } from '../../autotask';
import { t } from '../strings';

export interface PicklistFieldProps {
  fields: EntityFields;
  name: string;
  label: string;
  value: PicklistValue | null;
  onChange(value: PicklistValue | null): void;
  required?: boolean;
  /** For a dependent picklist: the parent's current value. */
  parentValue?: PicklistValue | null;
  validationMessage?: string | undefined;
  disabled?: boolean;
}

export function PicklistField({ fields, name, label, value, onChange, required, parentValue, validationMessage, disabled }: PicklistFieldProps) {
  const picklist = fields.picklist(name);
  if (!picklist) return null;
  const entries = picklist.parentField
    ? parentValue === null || parentValue === undefined ? [] : picklist.childrenOf(parentValue)
    : picklist.active();
  const isRequired = required ?? fields.field(name)?.isRequired === true;
  return (
    <Field label={label} required={isRequired} validationMessage={validationMessage} validationState={validationMessage ? 'error' : 'none'}>
      <Select
        value={value === null ? '' : String(value)}
        disabled={disabled || (picklist.parentField !== undefined && entries.length === 0)}
        onChange={(_e, data) => {
          const entry = entries.find((x) => String(x.value) === data.value);
          onChange(entry ? entry.value : null);
        }}
      >
        <option value="">{t('form.picklist.none')}</option>
        {entries.map((e) => (
          <option key={String(e.value)} value={String(e.value)}>
            {e.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
