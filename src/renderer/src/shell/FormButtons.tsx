import { Button, Group, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The end of a form in a modal: Cancel, and the submit button that Enter presses too. */
export function FormButtons({
  submitLabel,
  busy,
  disabled = false,
  color,
  onCancel,
  onSubmit,
}: {
  submitLabel: string;
  busy: boolean;
  disabled?: boolean;
  color?: MantineColor;
  onCancel: () => void;
  /** For a button outside a form; inside one, the button submits it. */
  onSubmit?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
      <Button
        type={onSubmit === undefined ? 'submit' : 'button'}
        color={color}
        loading={busy}
        disabled={disabled}
        onClick={onSubmit}
      >
        {submitLabel}
      </Button>
    </Group>
  );
}
