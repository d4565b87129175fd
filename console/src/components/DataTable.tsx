// Every list of the console: a TanStack table drawn with Mantine's Table. On a phone a wide table scrolls
// sideways inside its own box; the page itself never does.
import { Table, Text } from '@mantine/core';
import { type ColumnDef, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useI18n } from '../i18n.tsx';

export function DataTable<T>({
  data,
  columns,
  minWidth = 560,
  onRowClick,
  label,
}: {
  data: T[];
  // biome-ignore lint/suspicious/noExplicitAny: TanStack's column helpers type each column's value apart.
  columns: ColumnDef<T, any>[];
  minWidth?: number;
  onRowClick?: (row: T) => void;
  label?: string;
}) {
  const { t } = useI18n();
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel() });
  if (data.length === 0) return <Text c="dimmed">{t('common.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover={Boolean(onRowClick)} aria-label={label}>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <Table.Th key={header.id}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr
              key={row.id}
              onClick={onRowClick ? () => onRowClick(row.original) : undefined}
              style={onRowClick ? { cursor: 'pointer' } : undefined}
            >
              {row.getVisibleCells().map((cell) => (
                <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
