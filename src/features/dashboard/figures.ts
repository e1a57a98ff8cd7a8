import Papa from 'papaparse';
import { formatDate } from '../../lib/format';

export type Cell = string | number;

/** The figures behind one chart: the same rows feed its table and its CSV export. */
export interface FigureTable {
  headers: string[];
  rows: Cell[][];
}

export function formatPercent(share: number | null): string {
  return share === null ? 'No data' : `${Math.round(share * 100)}%`;
}

export function formatPeriod(period: { from: string; to: string }): string {
  return `${formatDate(period.from)} to ${formatDate(period.to)}`;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** '2026-11' as 'Nov 2026'. */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading quote
 * (OWASP CSV injection), as the attendance export does. Cohort names are typed by staff. */
export function toCsv(table: FigureTable): string {
  const safe = (v: Cell) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  return Papa.unparse({
    fields: table.headers.map(safe).map(String),
    data: table.rows.map((r) => r.map(safe)),
  });
}

export function downloadCsv(filename: string, table: FigureTable): void {
  const blob = new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}
