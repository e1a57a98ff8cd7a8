// Test seams never ship: the mock's test clock (mocks/test-clock.ts) is kept only in
// builds made with VITE_TEST_SEAMS=on (the e2e suite's dist-e2e). This checks that the
// production builds have none of its names: the mock-mode build (dist/, `npm run build`) and
// the real-backend build (dist-api/, `npm run budget`); and, as a control that the check can
// fail, that the e2e build (when present) does have them. The request clock header
// (X-Test-Clock, src/lib/clock.ts) is a runtime switch on NODE_ENV=test, which a browser build
// fixes as "production", so it is dropped from every browser build, the e2e one included
// (tests/server/test-clock.test.ts; the budget checks for its name too).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKERS = /__cohortTestClock|x-test-clock/i;
const hits = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => /\.(js|html)$/.test(f))
    .filter((f) => MARKERS.test(readFileSync(join(dir, f), 'utf8')));

let ok = true;
for (const dir of ['dist', 'dist-api']) {
  if (!existsSync(dir)) {
    console.log(`FAIL ${dir}/ is missing: build it first (npm run build, npm run budget)`);
    ok = false;
    continue;
  }
  const found = hits(dir);
  console.log(
    `${found.length ? 'FAIL' : 'ok  '} test seams in the production build ${dir}/: ${found.length ? found.join(', ') : 'none'}`,
  );
  ok &&= found.length === 0;
}
if (existsSync('dist-e2e')) {
  const found = hits('dist-e2e');
  console.log(
    `${found.length ? 'ok  ' : 'FAIL'} control: the e2e build dist-e2e/ has them (${found.length} files)`,
  );
  ok &&= found.length > 0;
}
process.exit(ok ? 0 : 1);
