import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApi } from './openapi';

// `npm run api:spec` writes the OpenAPI document; `npm run api:spec -- --check` (CI) fails
// when the committed one differs, so the document can never lag behind the schemas.
// It lives in src/api but nothing imports it: it must never ship in the app bundle.
const FILE = 'src/api/openapi.json';

function main(): number {
  let text: string;
  try {
    text = `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
  } catch (e) {
    console.error(`api:spec: ${(e as Error).message}`);
    return 1;
  }
  if (!process.argv.includes('--check')) {
    writeFileSync(FILE, text);
    console.log(`api:spec: wrote ${FILE} (${(text.length / 1024).toFixed(0)} KB)`);
    return 0;
  }
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (committed !== text) {
    console.error(
      `api:spec: ${FILE} is out of date with src/api and mocks/http.ts ROLE_MATRIX. Run \`npm run api:spec\` and commit it.`,
    );
    return 1;
  }
  console.log(`api:spec: ${FILE} is up to date`);
  return 0;
}

process.exitCode = main();
