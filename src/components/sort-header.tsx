import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import type { Header, RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { DataTableFeatures } from './data-table';

/** A column header that sorts on click and tells assistive tech the order through aria-sort. */
export function SortHeader<T extends RowData>({
  header,
  width,
  children,
}: {
  header: Header<DataTableFeatures, T, unknown>;
  width?: string;
  children: ReactNode;
}) {
  const sorted = header.column.getIsSorted();
  return (
    <Table.Th
      scope="col"
      w={width}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      {header.column.getCanSort() ? (
        <UnstyledButton onClick={header.column.getToggleSortingHandler()} style={{ minHeight: 24 }}>
          <Group gap={4} wrap="nowrap">
            <Text fw={700} size="sm" component="span">
              {children}
            </Text>
            <span aria-hidden="true">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span>
          </Group>
        </UnstyledButton>
      ) : (
        children
      )}
    </Table.Th>
  );
}
