// Waiting list at scale: with 10,000 people, in Chromium at 4x CPU slowdown, the time
// from clicking "Waiting list" to the first rows painted, and each search keystroke's
// input-to-paint time (Event Timing). Goals: < 1 s first render, < 100 ms per keystroke.
// Run: npx vite build --outDir /tmp/wl-dist && BENCH_DIST=/tmp/wl-dist node tests/bench/waiting-list.mjs
import { signInDemo, startBench, stats } from './serve.mjs';
import { writeReport } from './report.mjs';

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const bench = await startBench(Number(process.env.BENCH_PORT ?? 4190));
try {
  const page = await bench.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signInDemo(page, bench.base);

  // The demo-only mock endpoint adds generated test people (999 NHS numbers): no patient data in any URL.
  const waiting = await page.evaluate(async (count) => {
    const token = sessionStorage.getItem('cohort-register.token');
    const r = await fetch('/api/demo/seed-waiting-list', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify({ count }),
    });
    return (await r.json()).waiting;
  }, COUNT);
  await page.waitForTimeout(1500); // let the demo store's batched save settle before measuring

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  const firstRender = await page.evaluate(async () => {
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const link = [...document.querySelectorAll('a')].find(
      (a) => a.textContent?.trim() === 'Waiting list',
    );
    const t0 = performance.now();
    link.click();
    const LIST = '[aria-label="Waiting list, scrollable"]';
    while (!document.querySelector(`${LIST} tr[aria-rowindex="2"]`)) await nextFrame();
    const painted = performance.now();
    const fetch = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/api/referrals/search'))
      .at(-1);
    return {
      total: Math.round(painted - t0),
      afterData: fetch ? Math.round(painted - fetch.responseEnd) : null,
      rows: document.querySelector(`${LIST} table`).getAttribute('aria-rowcount'),
    };
  });

  const box = page.getByRole('textbox', { name: /Search the waiting list/ });
  await box.click();
  await page.waitForTimeout(300);
  // Observe from here: the click into the box is not a keystroke.
  await page.evaluate(() => {
    window.__keys = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.interactionId) window.__keys.push({ id: e.interactionId, d: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  const typed = 'amara demir';
  const backspaces = 5;
  for (const ch of typed) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(150);
  }
  for (let i = 0; i < backspaces; i += 1) {
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(500);
  const shown = await page.getByText(/ of [\d,]+ people/).textContent();
  const entries = await page.evaluate(() => window.__keys);
  const perKey = new Map();
  for (const e of entries) perKey.set(e.id, Math.max(perKey.get(e.id) ?? 0, e.d));
  const keystrokes = typed.length + backspaces;
  const values = [...perKey.values()];
  // Event Timing reports only events over 16 ms; a keystroke with none was faster than that.
  while (values.length < keystrokes) values.push(16);
  const s = stats(values);
  console.log(`waiting list, ${waiting} waiting (${firstRender.rows - 1} rows), 4x CPU slowdown`);
  console.log(
    `  first render, click to rows painted: ${firstRender.total} ms (of which after the data arrived: ${firstRender.afterData} ms; goal < 1000 ms)`,
  );
  console.log(
    `  search keystroke input-to-paint: median ${s.median} ms, worst ${s.worst} ms over ${keystrokes} keystrokes (${perKey.size} over 16 ms; goal < 100 ms); last view "${shown}"`,
  );
  writeReport('waiting-list', {
    waiting,
    firstRenderMs: firstRender.total,
    afterDataMs: firstRender.afterData,
    searchKeystroke: s,
    goal: { firstRenderMs: 1000, keystrokeWorstMs: 100 },
  });
} finally {
  await bench.close();
}
