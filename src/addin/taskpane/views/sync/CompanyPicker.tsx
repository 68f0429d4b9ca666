/**
 * Send Contacts' company question: the one EntityPicker (companies) with the pane's Autotask
 * client. Its own chunk, loaded only when a contact's company has to be chosen.
 * @jsxRuntime automatic
 */
import { useAutotaskClient } from '../../../forms/autotask-services';
import { EntityPicker, type PickedEntity } from '../../../forms/EntityPicker';

export interface CompanyPickerProps {
  label: string;
  value: PickedEntity | null;
  suggestions: readonly PickedEntity[];
  onChange(value: PickedEntity | null): void;
}

export default function CompanyPicker(props: CompanyPickerProps) {
  const client = useAutotaskClient();
  return <EntityPicker kind="company" client={client} {...props} />;
}
