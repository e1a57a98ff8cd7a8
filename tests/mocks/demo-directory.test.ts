import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoDirectory } from '../../mocks/demo-directory';
import { resetMockDb, server } from '../../mocks/node';
import { call } from './api-client';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockDb({ today: '2026-11-23' }));
afterAll(() => server.close());

describe('demo directory (the sign-in buttons without starting the mock server)', () => {
  it('lists exactly what GET /api/demo/accounts answers, and no passwords per account', async () => {
    const res = await call('GET', '/demo/accounts');
    expect(res.status).toBe(200);
    expect(demoDirectory()).toEqual(res.body);
    expect(demoDirectory().items.some((a) => 'password' in a)).toBe(false);
  });
});
