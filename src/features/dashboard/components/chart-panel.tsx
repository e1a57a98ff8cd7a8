import { Box, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { downloadCsv, type FigureTable } from '../figures';

interface ChartPanelProps {
  title: string;
  /** What the chart shows, in words: the chart's accessible name. */
  summary: string;
  caption: ReactNode;
  table: FigureTable;
  csvName: string;
  children: ReactNode;
}

/** One chart with its text alternatives (WCAG 1.1.1, 1.4.1): a spoken summary, a caption, and
 * the same figures as a table on demand, which is also what the CSV export contains. */
export function ChartPanel({ title, summary, caption, table, csvName, children }: ChartPanelProps) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const tableId = useId();
  const empty = table.rows.length === 0;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={titleId}
      style={{ breakInside: 'avoid' }}
    >
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        <Group gap="xs" className="no-print">
          <Button
            size="xs"
            variant="default"
            aria-expanded={showTable}
            aria-controls={tableId}
            disabled={empty}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? 'Hide table' : 'Show as table'}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={empty}
            onClick={() => downloadCsv(csvName, table)}
            aria-label={`Download CSV: ${title}`}
          >
            Download CSV
          </Button>
        </Group>
      </Group>
      {empty ? (
        <Text>Nothing to show for these filters.</Text>
      ) : (
        <Box component="figure" m={0}>
          {/* The chart is a picture of the table below; its name says what it shows. */}
          <div role="img" aria-label={summary}>
            {children}
          </div>
          <Text component="figcaption" size="sm" c="dimmed" mt="xs">
            {caption}
          </Text>
        </Box>
      )}
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <Table.ScrollContainer minWidth={320}>
            <Table striped mt="sm">
              <caption>{title}</caption>
              <Table.Thead>
                <Table.Tr>
                  {table.headers.map((h) => (
                    <Table.Th key={h} scope="col">
                      {h}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((row, i) => (
                  <Table.Tr key={i}>
                    {row.map((cell, j) =>
                      j === 0 ? (
                        <Table.Th key={j} scope="row" fw={400}>
                          {cell}
                        </Table.Th>
                      ) : (
                        <Table.Td key={j}>{cell}</Table.Td>
                      ),
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </div>
    </Paper>
  );
}
