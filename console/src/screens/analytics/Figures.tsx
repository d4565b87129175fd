// A row of headline figures above a view's table.
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useI18n } from '../../i18n.tsx';

export function Figures({ figures }: { figures: Array<{ id: string; label: string; value: number }> }) {
  const { number } = useI18n();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      {figures.map((f) => (
        <Paper key={f.id} withBorder p="xs" radius="md" data-testid={`figure-${f.id}`}>
          <Text size="xs" c="dimmed">
            {f.label}
          </Text>
          <Text fw={700} size="lg">
            {number(f.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
