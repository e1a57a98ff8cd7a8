import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { buildOpenApi } from './openapi';
import { withRoleTable } from './role-table';

// `npm run api:spec` writes the OpenAPI document and the README's role table, both generated
// from ENDPOINTS and the policy table; `-- --check` (CI) fails when either committed copy
// differs, so neither can lag behind. openapi.json lives in src/api but nothing imports it.
const OUTPUTS: { file: string; make: (current: string) => string | Promise<string> }[] = [
  { file: 'src/api/openapi.json', make: () => `${JSON.stringify(buildOpenApi(), null, 2)}\n` },
  {
    file: 'README.md',
    // Formatted as `prettier --check` (part of lint) expects, so the two checks agree.
    make: async (readme) =>
      format(withRoleTable(readme), {
        ...(await resolveConfig('README.md')),
        filepath: 'README.md',
      }),
  },
];

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // Missing counts as out of date.
  }
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  let failed = 0;
  for (const { file, make } of OUTPUTS) {
    const current = read(file);
    let text: string;
    try {
      text = await make(current);
    } catch (e) {
      console.error(`api:spec: ${file}: ${(e as Error).message}`);
      failed += 1;
      continue;
    }
    if (!check) {
      writeFileSync(file, text);
      console.log(`api:spec: wrote ${file}`);
    } else if (current !== text) {
      console.error(
        `api:spec: ${file} is out of date with ENDPOINTS and the policy. Run \`npm run api:spec\` and commit it.`,
      );
      failed += 1;
    } else console.log(`api:spec: ${file} is up to date`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
