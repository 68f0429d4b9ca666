/**
 * The form's Save: disabled while saving and while offline (what was typed stays in the form).
 * @jsxRuntime automatic
 */
import { Button, Caption1, Spinner } from '@fluentui/react-components';
import { useOffline } from '../connectivity/use-connectivity';
import { t } from '../strings';

export interface SaveButtonProps {
  label: string;
  saving: boolean;
  onClick(): void;
  disabled?: boolean;
}

export function SaveButton({ label, saving, onClick, disabled }: SaveButtonProps) {
  const offline = useOffline();
  return (
    <div>
      <Button appearance="primary" disabled={saving || offline || disabled} onClick={onClick} icon={saving ? <Spinner size="tiny" /> : undefined}>
        {saving ? t('form.saving') : label}
      </Button>
      {offline ? <Caption1 as="p">{t('form.offline')}</Caption1> : null}
    </div>
  );
}
