import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** Writes a bench's figures to reports/bench/<name>.json (reports/ is gitignored), so figures
 * live in generated files rather than in prose. The machine's load goes with them: on a shared
 * 2-CPU machine a figure means little without it. */
export function writeReport(name, figures) {
  mkdirSync('reports/bench', { recursive: true });
  const report = {
    name,
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
    figures,
  };
  writeFileSync(`reports/bench/${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
}
