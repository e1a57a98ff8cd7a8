import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPageRoute, PAGE_ROUTES, pagePlan } from '../../src/server/http/page-routes';

// The server's list of the app's pages must say what the router says: each path is a route's
// own (src/app/routes-*.ts), and the route loads the module listed for it. A renamed page or
// path fails here instead of quietly losing its preloads.

const ROUTER = readdirSync('src/app')
  .filter((f) => /^routes-.*\.ts$/.test(f))
  .map((f) => readFileSync(join('src/app', f), 'utf8'))
  .join('\n');

describe("the server's list of the app's pages", () => {
  it.each(PAGE_ROUTES.map((r) => [r.path, r] as const))(
    '%s is a route that loads its page',
    (path, route) => {
      const page = route.modules.find((m) => m.startsWith('src/app/routes/')) ?? '';
      const block = ROUTER.split('createRoute(').find((b) => b.includes(`path: '${path}',`));
      expect(block).toContain(`import('./routes/${page.slice('src/app/routes/'.length, -4)}')`);
      for (const module of route.modules) expect(existsSync(module)).toBe(true);
    },
  );

  it('matches an address to its page, and only an id as a parameter', () => {
    expect(matchPageRoute('/registers/s-1')?.params).toEqual({ sessionId: 's-1' });
    expect(matchPageRoute('/registers/s-1/')?.route.path).toBe('/registers/$sessionId');
    expect(matchPageRoute('/registers')?.route.path).toBe('/registers');
    expect(matchPageRoute('/registers/a.b')).toBeNull();
    expect(matchPageRoute('/registers/s-1/print')).toBeNull();
  });

  it('starts a read only for a role the policy lets make it', () => {
    const manager = { id: 'm', name: 'M', email: 'm@nhs.net', role: 'manager' as const };
    const reads = pagePlan('/registers/s-1', { ...manager, discipline: null }).requests;
    expect(reads).toEqual(['/api/sessions/s-1/register', '/api/staff/directory']);
    expect(pagePlan('/cohorts', null).requests).toEqual(['/api/auth/options']);
  });
});
