// A figure with a bar under it showing its share of a whole: readable in a table cell on a phone.
import { Progress, Stack, Text } from '@mantine/core';

export function ShareBar({
  label,
  share,
  color = 'grape',
}: {
  label: string;
  share: number;
  color?: string;
}) {
  return (
    <Stack gap={2} miw={72}>
      <Text size="sm">{label}</Text>
      <Progress value={Math.min(100, Math.max(0, share * 100))} color={color} size="sm" aria-hidden />
    </Stack>
  );
}

/** A share (0..1) as a whole percentage. */
export const percent = (share: number) => `${Math.round(share * 100)} %`;
