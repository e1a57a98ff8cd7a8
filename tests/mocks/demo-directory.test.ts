import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../mocks/demo-directory';
import { publicUser } from '../../mocks/commands';
import { seedDb } from '../../mocks/seed';

describe('demo directory (the sign-in buttons without starting the mock server)', () => {
  it('lists exactly the seeded staff, with no password on any account', () => {
    const seeded = seedDb().staff.map(publicUser);
    expect(demoDirectory().items).toEqual(seeded);
    expect(demoDirectory().items.some((a) => 'password' in a)).toBe(false);
  });
});
