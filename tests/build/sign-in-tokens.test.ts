import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '@mantine/core';
import { cssVariablesResolver, theme } from '../../src/lib/theme';

// The sign-in page is drawn without Mantine's provider (the first page must be light), so its
// stylesheet carries its own copy of the colour tokens. A copy that drifted from the theme would
// fail contrast in one scheme or look unlike the app behind it: these pin them together.

const css = readFileSync('src/features/auth/components/sign-in.module.css', 'utf8');

/** The custom properties declared in one rule of the stylesheet. */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [
      name,
      (value ?? '').trim().toLowerCase(),
    ]),
  );
}

const resolved = cssVariablesResolver({ ...DEFAULT_THEME, ...theme } as typeof DEFAULT_THEME);
const lower = (shades: readonly string[]) => shades.map((c) => c.toLowerCase());
const gray = lower(DEFAULT_THEME.colors.gray);
const dark = lower(DEFAULT_THEME.colors.dark);
const red = lower(DEFAULT_THEME.colors.red);
const blue = lower(theme.colors!.nhsBlue!);

describe("the sign-in page's colours are the theme's", () => {
  it.each([
    ['light', tokens('.page'), resolved.light],
    ['dark', tokens(":global(html[data-mantine-color-scheme='dark']) .page"), resolved.dark],
  ])('in %s: every tone the theme defines has the same value', (_scheme, page, scheme) => {
    const theirs = scheme as Record<string, string>;
    for (const name of ['--tone-danger', '--tone-info']) expect(page[name]).toBe(theirs[name]);
    if (theirs['--focus-outline']?.startsWith('#'))
      expect(page['--focus-outline']).toBe(theirs['--focus-outline']);
  });

  it("uses Mantine's palette where the theme leaves Mantine's defaults", () => {
    const light = tokens('.page');
    const night = tokens(":global(html[data-mantine-color-scheme='dark']) .page");
    expect(light['--primary']).toBe(blue[6]);
    expect(light['--primary-hover']).toBe(blue[7]);
    expect(night['--focus-outline']).toBe(blue[2]);
    expect(light['--mantine-color-dimmed']).toBe(gray[7]);
    expect(light['--mantine-color-error']).toBe(red[9]);
    expect(light['--border']).toBe(gray[3]);
    expect(light['--input-border']).toBe(gray[4]);
    expect(night['--mantine-color-dimmed']).toBe(dark[1]);
    expect(night['--mantine-color-error']).toBe(red[4]);
    expect(night['--surface']).toBe(dark[6]);
    expect(night['--body']).toBe(dark[7]);
    expect(night['--text']).toBe(dark[0]);
    expect(night['--border']).toBe(dark[4]);
  });
});
