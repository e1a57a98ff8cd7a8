// Sums the tests every runner reported into the one closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
const lines = [];

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  lines.push(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
}
const budget = read('reports/bundle-budget.json');
if (budget) {
  passed += budget.passed;
  failed += budget.failed;
  lines.push(`bundle budget: ${budget.passed} passed, ${budget.failed} failed`);
}
const e2e = read('reports/e2e.json');
if (e2e) {
  const ok = e2e.stats.expected + e2e.stats.flaky;
  passed += ok;
  failed += e2e.stats.unexpected;
  lines.push(
    `playwright: ${ok} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped`,
  );
}
// The contract suite against each backend: the mock API, then the server on both databases;
// then two server processes on one PostgreSQL database (tests/server/two-instances.test.ts).
const contracts = {};
for (const [step, file, name] of [
  ['contract', 'reports/contract.json', 'contract'],
  ['contract-server', 'reports/contract-server-pglite.json', 'contract (server, PGlite)'],
  [
    'contract-server-postgres',
    'reports/contract-server-postgres.json',
    'contract (server, PostgreSQL)',
  ],
  [
    'two-instances-postgres',
    'reports/two-instances-postgres.json',
    'two server instances (PostgreSQL)',
  ],
  [
    'backup-restore-postgres',
    'reports/backup-restore-postgres.json',
    'backup and restore (PostgreSQL)',
  ],
]) {
  const contract = read(file);
  if (!contract) continue;
  contracts[step] = contract;
  passed += contract.numPassedTests;
  failed += contract.numFailedTests;
  lines.push(`${name}: ${contract.numPassedTests} passed, ${contract.numFailedTests} failed`);
}
const e2eApi = read('reports/e2e-api.json');
if (e2eApi) {
  const ok = e2eApi.stats.expected + e2eApi.stats.flaky;
  passed += ok;
  failed += e2eApi.stats.unexpected;
  lines.push(
    `playwright (real backend): ${ok} passed, ${e2eApi.stats.unexpected} failed, ${e2eApi.stats.skipped} skipped`,
  );
}
// A failed step that reported no failing test (lint, typecheck, build, a crashed runner)
// counts as one failure, so the line can never read green when a step was red.
const reportedBy = {
  'unit+integration': vitest,
  'bundle-budget': budget,
  e2e,
  ...contracts,
  'e2e-api': e2eApi,
};
const failedSteps = process.argv.slice(2);
for (const step of failedSteps) {
  const report = reportedBy[step];
  const reportedFailures = !report
    ? 0
    : report.stats
      ? report.stats.unexpected
      : step === 'bundle-budget'
        ? report.failed
        : report.numFailedTests;
  if (reportedFailures === 0) {
    failed += 1;
    lines.push(`${step}: step failed`);
  }
}
console.log('');
lines.forEach((l) => console.log(l));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
