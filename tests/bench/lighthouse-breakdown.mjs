// Where a page's time goes, from one Lighthouse result: the main thread by kind of work and by
// script, the long tasks, the longest request chain from the HTML, the LCP element and its
// phases, and the bytes sent but unused. lighthouse.mjs prints it after each page's runs; on
// its own it reads saved results:
//   node tests/bench/lighthouse-breakdown.mjs reports/lighthouse/server-register-mobile.json
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const items = (lhr, id) => lhr.audits[id]?.details?.items ?? [];
const short = (url) => (url.startsWith('http') ? new URL(url).pathname : url);
const ms = (v) => Math.round(v ?? 0);
const kb = (bytes) => Math.round(((bytes ?? 0) / 1024) * 10) / 10;

/** The request chain from the HTML on, in waves: a request is put one wave after the latest
 * request that had finished when the page asked for it (what it most likely waited for: a
 * chunk's import, or the code that sends an API call). Lighthouse's own chain audits follow
 * render-blocking requests only, which misses module imports and API calls. */
function waves(requests) {
  const sorted = [...requests].sort((a, b) => a.rendererStartTime - b.rendererStartTime);
  const depth = new Map();
  for (const r of sorted) {
    const before = sorted.filter(
      (o) => o !== r && depth.has(o) && o.networkEndTime <= r.rendererStartTime,
    );
    const parent = before.sort((a, b) => b.networkEndTime - a.networkEndTime)[0];
    depth.set(r, parent ? depth.get(parent) + 1 : 0);
  }
  const out = [];
  for (const [r, d] of depth) {
    out[d] ??= { wave: d + 1, startMs: Infinity, endMs: 0, kb: 0, urls: [] };
    const w = out[d];
    w.startMs = Math.min(w.startMs, ms(r.networkRequestTime));
    w.endMs = Math.max(w.endMs, ms(r.networkEndTime));
    w.kb = kb(w.kb * 1024 + (r.transferSize ?? 0));
    w.urls.push(short(r.url));
  }
  return out.filter(Boolean);
}

export function breakdown(lhr) {
  const lcpDetails = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = lcpDetails[0]?.items?.[0]?.node;
  const requests = items(lhr, 'network-requests');
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  return {
    mainThreadMs: Object.fromEntries(
      items(lhr, 'mainthread-work-breakdown').map((i) => [i.group, ms(i.duration)]),
    ),
    topScripts: items(lhr, 'bootup-time')
      .slice(0, 5)
      .map((i) => ({
        url: short(i.url),
        totalMs: ms(i.total),
        scriptingMs: ms(i.scripting),
        parseCompileMs: ms(i.scriptParseCompile),
      })),
    longTasks: items(lhr, 'long-tasks').map((t) => ({
      url: short(t.url),
      startMs: ms(t.startTime),
      durationMs: ms(t.duration),
    })),
    waves: waves(requests),
    lcpElement: node ? { label: node.nodeLabel, snippet: node.snippet } : null,
    lcpPhasesMs: Object.fromEntries(
      (lcpDetails[1]?.items ?? []).map((p) => [p.phase, ms(p.timing)]),
    ),
    requests: { count: requests.length, scripts: scripts.length },
    scriptKb: kb(scripts.reduce((n, r) => n + (r.transferSize ?? 0), 0)),
    unusedJsKb: kb(lhr.audits['unused-javascript']?.details?.overallSavingsBytes),
    unusedCssKb: kb(lhr.audits['unused-css-rules']?.details?.overallSavingsBytes),
  };
}

export function printBreakdown(title, b) {
  const groups = Object.entries(b.mainThreadMs).map(([g, v]) => `${g} ${v}`);
  const total = Object.values(b.mainThreadMs).reduce((n, v) => n + v, 0);
  console.log(`  ${title}`);
  console.log(`    main thread ${total} ms: ${groups.join(', ')}`);
  for (const s of b.topScripts)
    console.log(
      `    ${String(s.totalMs).padStart(6)} ms ${s.url} (script ${s.scriptingMs}, parse/compile ${s.parseCompileMs})`,
    );
  const longest = b.longTasks.reduce((n, t) => Math.max(n, t.durationMs), 0);
  console.log(`    long tasks: ${b.longTasks.length}, longest ${longest} ms`);
  console.log(
    `    requests: ${b.requests.count} (${b.requests.scripts} scripts, ${b.scriptKb} KB sent); unused JS ${b.unusedJsKb} KB, unused CSS ${b.unusedCssKb} KB`,
  );
  console.log(`    request waves (each waiting for the one before):`);
  for (const w of b.waves) {
    // API calls by name; code and styles by count, with the first three named.
    const api = w.urls.filter((u) => u.startsWith('/api/'));
    const other = w.urls.filter((u) => !u.startsWith('/api/'));
    const names = [...api, ...other.slice(0, 3)].join(', ');
    const more = other.length > 3 ? ` and ${other.length - 3} more` : '';
    console.log(
      `      ${w.wave}. ${w.startMs}-${w.endMs} ms, ${w.urls.length} requests, ${w.kb} KB: ${names}${more}`,
    );
  }
  const phases = Object.entries(b.lcpPhasesMs).map(([p, v]) => `${p} ${v} ms`);
  console.log(`    LCP element: ${b.lcpElement?.label ?? '-'}; ${phases.join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href)
  for (const file of process.argv.slice(2))
    printBreakdown(file, breakdown(JSON.parse(readFileSync(file, 'utf8'))));
