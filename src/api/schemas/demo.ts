import { z } from 'zod/mini';
import { intSchema } from './common';

/** Demo data only: fill the waiting list with generated test people, never real ones. */
export const seedWaitingListSchema = z.object({ count: intSchema.check(z.gte(1), z.lte(20_000)) });
export const seededSchema = z.object({ waiting: intSchema });
