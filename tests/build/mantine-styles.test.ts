import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/app/mantine-styles.ts imports Mantine's CSS per component. A component used in src/
// without its stylesheet would render unstyled: this keeps the list complete.
const STYLES = 'node_modules/@mantine/core/styles';
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

describe('Mantine styles per component', () => {
  const imported = new Set(
    [...readFileSync('src/app/mantine-styles.ts', 'utf8').matchAll(/styles\/(\w[\w-]*)\.css/g)].map(
      (m) => m[1],
    ),
  );

  it('imports the stylesheet of every @mantine/core component the app uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /import\s*{([^}]*)}\s*from\s*'@mantine\/core'/g,
      )) {
        for (const name of (m[1] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((s) => /^[A-Z]/.test(s)))
          used.add(name);
      }
    }
    const missing = [...used].filter(
      (name) => existsSync(join(STYLES, `${name}.css`)) && !imported.has(name),
    );
    expect(used.size).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('keeps the order of @mantine/core/styles.css, which the cascade depends on', () => {
    const full = readFileSync('node_modules/@mantine/core/styles.css', 'utf8');
    const offsets = [...imported].map((name) =>
      full.indexOf(
        readFileSync(join(STYLES, `${name}.css`), 'utf8')
          .trim()
          .slice(0, 200),
      ),
    );
    expect(offsets.every((o) => o >= 0)).toBe(true);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});
