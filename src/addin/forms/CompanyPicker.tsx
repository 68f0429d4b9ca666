/**
 * The company field of the forms: the entity picker on companies (active only, recent first).
 * @jsxRuntime automatic
 */
import type { AutotaskClient } from '../../autotask';
import { t } from '../strings';
import { EntityPicker } from './EntityPicker';
import { searchCompanies, type EntitySearch, type PickedEntity } from './entity-search';

export type { PickedEntity } from './entity-search';
export { PICKER_DEBOUNCE_MS, searchCompanies } from './entity-search';

export interface CompanyPickerProps {
  client: AutotaskClient;
  value: PickedEntity | null;
  onChange(value: PickedEntity | null): void;
  validationMessage?: string | undefined;
  disabled?: boolean;
  search?: EntitySearch;
}

export function CompanyPicker({ client, value, onChange, validationMessage, disabled, search = searchCompanies }: CompanyPickerProps) {
  return (
    <EntityPicker
      kind="company"
      client={client}
      label={t('form.company')}
      placeholder={t('form.company.placeholder')}
      hint={t('form.company.hint')}
      required
      value={value}
      onChange={onChange}
      validationMessage={validationMessage}
      disabled={disabled ?? false}
      search={search}
    />
  );
}
