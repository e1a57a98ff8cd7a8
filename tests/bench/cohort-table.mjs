// Cohorts table with 500 cohorts: first render, then sort and filter interactions,
// input to paint (Event Timing), Chromium at 4x CPU slowdown. Prints median and worst.
import { signInDemo, startBench, stats } from './serve.mjs';
import { writeReport } from './report.mjs';

const bench = await startBench(4182);
try {
  const page = await bench.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signInDemo(page, bench.base);
  await page.evaluate(async () => {
    const token = sessionStorage.getItem('cohort-register.token');
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    for (let i = 0; i < 490; i += 1) {
      const start = new Date(Date.UTC(2027, 0, 4 + 7 * (i % 40)));
      await fetch('/api/cohorts', {
        method: 'POST',
        headers: { ...headers, 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify({
          name: `Bench cohort ${String(i).padStart(3, '0')}`,
          type: 'course',
          delivery: 'online',
          videoLink: 'https://meet.example.nhs.uk/b',
          venue: '',
          startDate: start.toISOString().slice(0, 10),
          startTime: '10:00',
          sessionLengthMinutes: 120,
          capacity: 20,
          facilitatorIds: ['stf_priya', 'stf_tom'],
        }),
      });
    }
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await page.goto(`${bench.base}/cohorts`);
  await page.getByText('500 of 500 cohorts').waitFor({ timeout: 60_000 });
  const firstRender = Date.now() - t0;
  await page.evaluate(() => {
    window.__ev = [];
    new PerformanceObserver((l) =>
      l
        .getEntries()
        .forEach(
          (e) => e.interactionId && window.__ev.push({ id: e.interactionId, d: e.duration }),
        ),
    ).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  const durations = async (act) => {
    await page.evaluate(() => (window.__ev = []));
    await act();
    await page.waitForTimeout(600);
    const ev = await page.evaluate(() => window.__ev);
    const per = new Map();
    ev.forEach((e) => per.set(e.id, Math.max(per.get(e.id) ?? 0, e.d)));
    return [...per.values()];
  };
  const sorts = [];
  for (const header of ['Name', 'Start date', 'Places', 'Status', 'Name']) {
    sorts.push(
      ...(await durations(() =>
        page.getByRole('button', { name: new RegExp(`^${header}`) }).click(),
      )),
    );
  }
  const box = page.getByLabel('Search cohorts', { exact: false }).first();
  const typing = await durations(async () => {
    await box.click();
    for (const ch of 'bench 1') await page.keyboard.type(ch, { delay: 120 });
  });
  const s = stats(sorts.length ? sorts : [16]);
  const f = stats(typing.length ? typing : [16]);
  console.log(
    `cohorts table, 500 cohorts, 4x CPU slowdown: first render ${firstRender} ms; sort median ${s.median} ms, worst ${s.worst} ms; filter keystroke median ${f.median} ms, worst ${f.worst} ms`,
  );
  writeReport('cohort-table', { firstRenderMs: firstRender, sort: s, filterKeystroke: f });
} finally {
  await bench.close();
}
