// Presses the register's mark keys row after row and times each press (./mark-interaction.mjs).

// Every key marks (docs/ux-rules.md): Attended, late (Seen), late (Not seen), Cancelled, DNA.
const KEYS = ['a', 's', 'n', 'c', 'd'];
const SETTLE_MS = 300;

/** Watches the page's key presses: Event Timing entries, and for each keydown the time from
 * its time stamp to a task queued after the next frame (the frame that paints its change). */
function watch() {
  window.__markBench = { events: [], paints: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__markBench.events.push({
        name: e.name,
        start: e.startTime,
        ms: e.duration,
        id: e.interactionId,
      });
  }).observe({ type: 'event', durationThreshold: 16 });
  addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          window.__markBench.paints.push({ start, ms: performance.now() - start });
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

/** The mark shown on each row of the register, in order. */
const marks = () =>
  [...document.querySelectorAll('[role="radiogroup"]')].map(
    (g) =>
      g.querySelector('[role="radio"][aria-checked="true"]')?.getAttribute('aria-label') ?? null,
  );

/** Presses a mark key `count` times down the register and round again, from press number
 * `from` on (a second page goes on where the first stopped, so every press changes a mark). */
export async function pressMarks(page, count, from = 0) {
  await page.evaluate(watch);
  const rows = (await page.evaluate(marks)).length;
  const presses = [];
  for (let i = from; i < from + count; i += 1) {
    const row = i % rows;
    // The tab stop put on the row (focus alone marks nothing); a mark key then moves down.
    if (i === from || row === 0)
      await page.evaluate(
        (r) =>
          document
            .querySelectorAll('[role="radiogroup"]')
            [r].querySelector('[role="radio"]')
            .focus(),
        row,
      );
    const before = (await page.evaluate(marks))[row];
    const seen = await page.evaluate(() => window.__markBench.paints.length);
    // A different key each time round, so a row's mark changes on every pass.
    await page.keyboard.press(KEYS[(i + Math.floor(i / rows)) % KEYS.length]);
    await page.waitForFunction(
      (n) => window.__markBench.paints.length > n,
      { timeout: 30_000 },
      seen,
    );
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const { paint, eventTimingMs } = await page.evaluate(() => {
      const { events, paints } = window.__markBench;
      const last = paints[paints.length - 1];
      const keydown = events.find(
        (e) => e.name === 'keydown' && Math.abs(e.start - last.start) < 1,
      );
      const same = keydown ? events.filter((e) => e.id && e.id === keydown.id) : [];
      return {
        paint: last.ms,
        eventTimingMs: keydown ? Math.max(keydown.ms, ...same.map((e) => e.ms)) : null,
      };
    });
    const after = (await page.evaluate(marks))[row];
    presses.push({
      row,
      ms: Math.round(eventTimingMs ?? paint),
      eventTimingMs,
      afterPaintMs: Math.round(paint),
      changed: after !== before,
    });
  }
  return presses;
}
