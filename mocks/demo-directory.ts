import { DEMO_PASSWORD, SEED_STAFF } from '../src/demo-seed/seed-data';

/** Mock mode: the demo accounts for the sign-in page's buttons, without starting the mock
 * server (about 60 KB of script and its start-up work). The accounts are fixed by the seed,
 * the seeded staff (tests/mocks/demo-directory.test.ts); the server starts with the first click. */
export function demoDirectory() {
  return {
    items: SEED_STAFF.map(({ id, name, email, role, discipline }) => ({
      id,
      name,
      email,
      role,
      discipline,
    })),
    password: DEMO_PASSWORD,
  };
}
