import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redirectTarget } from '../../src/features/auth/redirect-target';

describe('redirectTarget: where sign-in returns to', () => {
  it('keeps a path of this app with its query and hash', () => {
    expect(redirectTarget('/cohorts?status=running')).toBe('/cohorts?status=running');
    expect(redirectTarget('/registers/ses_1#row-3')).toBe('/registers/ses_1#row-3');
  });

  it('never returns to the sign-in page: a nested address unwraps to the page asked for', () => {
    expect(redirectTarget('/sign-in')).toBeUndefined();
    expect(redirectTarget('/sign-in/?reason=idle')).toBeUndefined();
    expect(redirectTarget('/sign-in?redirect=/cohorts')).toBe('/cohorts');
    expect(
      redirectTarget(
        `/sign-in?redirect=${encodeURIComponent('/sign-in?redirect=/flags?sort=name')}`,
      ),
    ).toBe('/flags?sort=name');
    // As TanStack Router writes a nested search (the value JSON-quoted, then encoded).
    expect(redirectTarget('/sign-in?redirect=%2Fsign-in%3Fredirect%3D%252Fstaff')).toBe('/staff');
  });

  it('refuses anything that could leave the site', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'cohorts',
      '',
      undefined,
      42,
      '/sign-in?redirect=//evil.example',
      '/sign-in?redirect=https://evil.example',
      // Dot segments that normalise to a protocol-relative address (found by the property).
      '/.//evil.example',
      '/sign-in?redirect=/.//',
      '/a/..//evil.example',
    ]) {
      expect(redirectTarget(bad), String(bad)).toBeUndefined();
    }
  });

  it('whatever it is given, the answer is a same-origin path that is not the sign-in page', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webPath(),
          fc.webPath().map((p) => `/sign-in?redirect=${p}`),
        ),
        (raw) => {
          const target = redirectTarget(raw);
          if (target === undefined) return;
          expect(target.startsWith('/')).toBe(true);
          expect(target.startsWith('//')).toBe(false);
          expect(new URL(target, 'https://a.invalid').origin).toBe('https://a.invalid');
          expect(new URL(target, 'https://a.invalid').pathname).not.toMatch(/^\/sign-in\/*$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
