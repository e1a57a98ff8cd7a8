// The goals for a page in Lighthouse, and the before/after table in the shape the phone-speed
// work reports it (docs/phone-performance.md): page | server mobile | server desktop.

// Server mode is the product; the mock build is measured beside it for the static demo.
export const GOALS = {
  mobile: { performance: 90, accessibility: 100, lcp: 2500, tbt: 200, cls: 0.05 },
  desktop: { performance: 97, accessibility: 100 },
};

const seconds = (v) => `${(v / 1000).toFixed(1)} s`;

/** Each goal of the preset with its figure and whether the median meets it. */
export function goalResults(preset, m) {
  const g = GOALS[preset];
  const results = [
    {
      goal: `performance ≥ ${g.performance}`,
      actual: m.performance,
      met: m.performance >= g.performance,
    },
    {
      goal: `accessibility ≥ ${g.accessibility}`,
      actual: m.accessibility,
      met: m.accessibility >= g.accessibility,
    },
  ];
  if (g.lcp)
    results.push({ goal: `LCP < ${seconds(g.lcp)}`, actual: seconds(m.lcp), met: m.lcp < g.lcp });
  if (g.tbt)
    results.push({
      goal: `TBT < ${g.tbt} ms`,
      actual: `${Math.round(m.tbt)} ms`,
      met: m.tbt < g.tbt,
    });
  if (g.cls !== undefined)
    results.push({ goal: `CLS < ${g.cls}`, actual: m.cls.toFixed(3), met: m.cls < g.cls });
  return results;
}

const cell = (row, preset) => {
  if (!row) return '-';
  if (preset === 'desktop') return `${row.performance}`;
  return `${row.performance} (LCP ${seconds(row.lcp)}, TBT ${Math.round(row.tbt)} ms, CLS ${row.cls.toFixed(2)})`;
};

/** The table as markdown, one column per build and preset, then each goal met or not. */
export function printTable(rows, builds, runs) {
  const find = (build, page, preset) =>
    rows.find((r) => r.mode === build.mode && r.page === page && r.preset === preset);
  const pages = [...new Set(rows.map((r) => r.page))];
  const head = builds.flatMap((b) => [`${b.name}: server mobile`, `${b.name}: server desktop`]);
  console.log('');
  console.log(`Median of ${runs} runs each, the builds alternating:`);
  console.log(`| page | ${head.join(' | ')} |`);
  console.log(`| --- | ${head.map(() => '---').join(' | ')} |`);
  for (const page of pages)
    console.log(
      `| ${page} | ${builds
        .flatMap((b) => [
          cell(find(b, page, 'mobile'), 'mobile'),
          cell(find(b, page, 'desktop'), 'desktop'),
        ])
        .join(' | ')} |`,
    );
  console.log('');
  console.log(
    'Goals (server mode): mobile ≥ 90, LCP < 2.5 s, TBT < 200 ms, CLS < 0.05; desktop ≥ 97',
  );
  for (const b of builds)
    for (const page of pages)
      for (const preset of ['mobile', 'desktop']) {
        const row = find(b, page, preset);
        if (!row) continue;
        const parts = row.goals.map((g) => `${g.goal} ${g.met ? 'met' : 'NOT MET'} (${g.actual})`);
        console.log(`  ${b.name} ${page} ${preset}: ${parts.join('; ')}`);
      }
}
