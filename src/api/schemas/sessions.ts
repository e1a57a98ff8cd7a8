import { z } from 'zod/mini';
import { intSchema } from './common';

/** POST /auth/logout-everywhere: how many sessions of the user were ended (this one included). */
export const endedSessionsSchema = z.object({ ended: intSchema.check(z.nonnegative()) });
