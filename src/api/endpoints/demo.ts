import { defineEndpoints } from '../endpoint-contract';
import { seededSchema, seedWaitingListSchema } from '../schemas/demo';
import { okResponseSchema } from '../schemas/common';

// Demo data only: served by the mock (and by the server only with SEED=demo), for an admin.
export const demoEndpoints = defineEndpoints({
  'POST /demo/reset': {
    summary: 'Put the demo data back as seeded (audited; the audit trail is kept)',
    action: 'demo.manage',
    response: okResponseSchema,
    status: 200,
    demoOnly: true,
  },
  'POST /demo/seed-waiting-list': {
    summary: 'Fill the waiting list with generated test people',
    action: 'demo.manage',
    request: seedWaitingListSchema,
    response: seededSchema,
    status: 200,
    demoOnly: true,
  },
});
