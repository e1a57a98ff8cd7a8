import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS } from './settings';

// `npm run env:example` writes .env.example from the settings list (./settings.ts);
// `npm run env:example -- --check` (CI) fails when the file is not what the list gives, or
// when the server's code reads a setting the list does not name, or names one nobody reads.

const FILE = '.env.example';
/** Where the server and its commands read settings: env.X, env['X'] and the
 * helpers that take a name (readCount(env, 'X', ...), value('X')). */
const READ_PATTERNS = [
  /\benv\.([A-Z][A-Z0-9_]+)/g,
  /\benv\[\s*'([A-Z][A-Z0-9_]+)'\s*\]/g,
  /\(\s*env,\s*'([A-Z][A-Z0-9_]+)'/g,
  /\bvalue\('([A-Z][A-Z0-9_]+)'\)/g,
];

export function envExample(): string {
  const lines = [
    '# Every setting the server and its commands read, with its default and what it does.',
    '# Generated from src/server/ops/settings.ts by `npm run env:example`: edit that, not this.',
    '# The server reads only its environment: set them in your orchestrator, or copy this to',
    '# .env for compose.yaml. An unset setting takes its default. Secrets (marked) belong in',
    '# a secret store, or a file named by the *_FILE setting beside them.',
  ];
  for (const group of SETTINGS) {
    lines.push('', `# --- ${group.title} ---`);
    for (const s of group.settings) {
      const literal = /^[\w.:/-]+$/.test(s.default);
      lines.push('', `# ${s.about}${s.secret ? ' Secret.' : ''}`);
      if (!literal) lines.push(`# Default: ${s.default}.`);
      lines.push(`# ${s.name}=${literal ? s.default : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Names read in src/server but not listed, and names listed but read nowhere. */
export function unlistedSettings(root = 'src/server'): { unlisted: string[]; unread: string[] } {
  const read = new Set<string>();
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of READ_PATTERNS) for (const m of text.matchAll(pattern)) read.add(m[1]!);
  }
  const listed = new Set(SETTINGS.flatMap((g) => g.settings.map((s) => s.name)));
  return {
    unlisted: [...read].filter((name) => !listed.has(name)).sort(),
    unread: [...listed].filter((name) => !read.has(name)).sort(),
  };
}

function main(): void {
  const text = envExample();
  if (!process.argv.includes('--check')) {
    writeFileSync(FILE, text);
    console.log(`Wrote ${FILE}`);
    return;
  }
  const problems: string[] = [];
  const { unlisted, unread } = unlistedSettings();
  if (unlisted.length)
    problems.push(`read by the code, not in settings.ts: ${unlisted.join(', ')}`);
  if (unread.length) problems.push(`in settings.ts, read nowhere: ${unread.join(', ')}`);
  let current = '';
  try {
    current = readFileSync(FILE, 'utf8');
  } catch {
    // Reported below.
  }
  if (current !== text) problems.push(`${FILE} is not current: run npm run env:example`);
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    process.exitCode = 1;
  } else console.log(`${FILE} is current: ${SETTINGS.flatMap((g) => g.settings).length} settings`);
}

if (process.argv[1]?.endsWith('env-example.js')) main();
