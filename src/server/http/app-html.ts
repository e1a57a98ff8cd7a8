import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_BOOT_ID, type PageBoot } from '../../api/page-boot-data';
import type { StaffUser } from '../../api/schemas/staff';
import { pagePlan } from './page-routes';

// The app's HTML as the server sends it for one address: the built index.html with, before its
// own script, what this server knows and a static file cannot. The page's chunks are named
// (modulepreload), so they download beside the entry instead of after it; the page's first
// reads start from a small module of their own (src/api/page-boot.ts); and who is signed in is
// written into the page as JSON data, never as a script, so the CSP stays `script-src 'self'`.

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Reads `dist-app/index.html` and Vite's manifest once, at start. */
export function appHtml(root: string) {
  const index = readFileSync(join(root, 'index.html'), 'utf8');
  const manifestPath = join(root, '.vite', 'manifest.json');
  // A build without a manifest still serves the app, only without the route's preloads.
  const manifest: Manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest)
    : {};
  const bootFile = manifest['src/api/page-boot.ts']?.file;

  /** Every file a module needs at once: its chunk, its static imports' chunks, their CSS. */
  const filesOf = (modules: readonly string[]) => {
    const scripts = new Set<string>();
    const styles = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || scripts.has(chunk.file)) return;
      scripts.add(chunk.file);
      chunk.css?.forEach((file) => styles.add(file));
      chunk.imports?.forEach(visit);
    };
    modules.forEach(visit);
    // What index.html names already (its entry and that entry's imports) is not named twice.
    const fresh = (file: string) => !index.includes(`/${file}"`);
    return { scripts: [...scripts].filter(fresh), styles: [...styles].filter(fresh) };
  };

  return (path: string, user: StaffUser | null): string => {
    const plan = pagePlan(path, user);
    const { scripts, styles } = filesOf(plan.modules);
    const boot: PageBoot = { user, ...(plan.requests.length ? { requests: plan.requests } : {}) };
    const head = [
      `<script type="application/json" id="${PAGE_BOOT_ID}">${jsonForScript(boot)}</script>`,
      ...(bootFile && plan.requests.length
        ? [`<script type="module" async crossorigin src="/${attribute(bootFile)}"></script>`]
        : []),
      ...scripts.map((f) => `<link rel="modulepreload" crossorigin href="/${attribute(f)}">`),
      // Fetched now, applied when the page's code asks for it (as Vite's loader does).
      ...styles.map((f) => `<link rel="preload" as="style" crossorigin href="/${attribute(f)}">`),
    ].join('\n    ');
    // After index.html's own tags, so the entry is asked for first; the early reads' module is
    // async, so it runs as soon as it arrives, waiting neither for the entry nor for the CSS.
    const cut = index.includes('</head>') ? index.indexOf('</head>') : index.length;
    return `${index.slice(0, cut)}  ${head}\n  ${index.slice(cut)}`;
  };
}

/** JSON safe inside a `<script>` element: no `</script>`, no `<!--`, and no line separators
 * that older parsers end a line at. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
