import { store } from '../db';
import { route } from '../http';
import { seedDb } from '../seed';
import { DEMO_PASSWORD } from '../seed-data';

/** Mock mode only: put the demo back as it was seeded, keeping who is signed in. */
export const demoHandlers = [
  route(
    'post',
    '/demo/reset',
    'public',
    () => {
      const tokens = store.data.tokens;
      store.load({ ...seedDb(), tokens });
      store.transact(() => undefined);
      return { ok: true };
    },
    { status: 200 },
  ),
];

demoHandlers.push(
  route('get', '/demo/accounts', 'public', () => ({
    items: store.data.staff.map(({ password: _p, ...s }) => s),
    password: DEMO_PASSWORD,
  })),
);
