import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README and docs/ are how someone taking the repository over finds their way: a link to a
// file that was moved or renamed, or to a heading that was reworded, is a dead end. Every
// relative link and image must point to a file that exists, and every #anchor to a heading.

const ROOT = resolve(import.meta.dirname, '../..');

// Written by the operations work on another branch; checked like any other link once present.
const ARRIVING = new Set(['docs/operations.md', '.env.example']);

function markdownFiles(): string[] {
  const files = ['README.md'];
  const walk = (dir: string) =>
    readdirSync(join(ROOT, dir)).forEach((name) => {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md')) files.push(path);
    });
  walk('docs');
  return files;
}

/** Markdown without fenced code blocks, where a # or a bracket is not markup. */
function withoutFences(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, '');
}

/** ...and without inline code, where a bracket is not a link. */
function prose(text: string): string {
  return withoutFences(text).replace(/`[^`\n]*`/g, '');
}

/** Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to hyphens,
 * a repeated heading numbered from -1. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, heading = ''] of withoutFences(text).matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*$/gm)) {
    const slug = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

interface Link {
  from: string;
  target: string;
}

function relativeLinks(file: string): Link[] {
  const text = prose(readFileSync(join(ROOT, file), 'utf8'));
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map(([, target = '']) => ({ from: file, target }))
    .filter(({ target }) => !/^[a-z][a-z+.-]*:/i.test(target));
}

function problem({ from, target }: Link): string | null {
  const [path = '', anchor] = target.split('#');
  const file = path === '' ? from : relative(ROOT, resolve(ROOT, dirname(from), path));
  if (!existsSync(join(ROOT, file))) return ARRIVING.has(file) ? null : `${file} does not exist`;
  if (anchor === undefined || !file.endsWith('.md')) return null;
  const found = anchors(readFileSync(join(ROOT, file), 'utf8'));
  return found.has(anchor) ? null : `${file} has no heading #${anchor}`;
}

describe('links in the README and docs/', () => {
  const links = markdownFiles().flatMap(relativeLinks);

  it('finds the documentation and its links', () => {
    expect(markdownFiles()).toEqual(
      expect.arrayContaining(['README.md', 'docs/domain.md', 'docs/decisions/README.md']),
    );
    expect(links.length).toBeGreaterThan(50);
  });

  it('every relative link points to a file that exists, and every anchor to a heading', () => {
    const broken = links.flatMap((link) => {
      const why = problem(link);
      return why ? [`${link.from}: (${link.target}) ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('makes anchors the way GitHub does', () => {
    const text = '# Single sign-on (OpenID Connect: NHS CIS2)\n## `npm test`\n## Tests\n## Tests';
    expect([...anchors(text)]).toEqual([
      'single-sign-on-openid-connect-nhs-cis2',
      'npm-test',
      'tests',
      'tests-1',
    ]);
  });
});
