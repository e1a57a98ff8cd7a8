// `npm run test:contract -- --base-url http://host/api [vitest options]`: runs the contract
// tests (tests/contract) against any API over real HTTP. The URL can also come from
// CONTRACT_BASE_URL; the default is the local mock server (`npm run api`).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const env = { ...process.env };
const rest = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--base-url') env.CONTRACT_BASE_URL = args[++i];
  else if (arg.startsWith('--base-url=')) env.CONTRACT_BASE_URL = arg.slice('--base-url='.length);
  else rest.push(arg);
}
env.CONTRACT_BASE_URL ??= 'http://127.0.0.1:8787/api';
console.log(`contract tests against ${env.CONTRACT_BASE_URL}`);
const result = spawnSync(
  'npx',
  ['vitest', 'run', '-c', 'tests/contract/vitest.config.ts', ...rest],
  { stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
