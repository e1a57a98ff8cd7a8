/** Writes a bench's figures to reports/bench/<name>.json (./report.mjs). */
export function writeReport(name: string, figures: Record<string, unknown>): void;
