import { Group, NumberInput, TextInput } from '@mantine/core';
import { useI18n } from '../i18n.tsx';

/** A whole number (besitos, days) and the reason an operator gives for it, side by side. */
export function AmountAndReason(props: {
  label: string;
  amount: number | string;
  onAmount: (value: number | string) => void;
  reason: string;
  onReason: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Group grow align="end">
      <NumberInput label={props.label} min={1} value={props.amount} onChange={props.onAmount} />
      <TextInput
        label={t('common.reason')}
        value={props.reason}
        onChange={(e) => props.onReason(e.currentTarget.value)}
      />
    </Group>
  );
}
