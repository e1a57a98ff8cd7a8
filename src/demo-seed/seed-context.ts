import type { DemoSeed } from './demo-seed';
import { prng } from './prng';

/** What every part of the demo seed shares: the records being filled, the day it is seeded
 * for, one random sequence (so the same day always gives the same data) and how ids are named. */
export interface SeedContext {
  db: DemoSeed;
  today: string;
  rand: () => number;
  pick: <T>(xs: readonly T[]) => T;
  id: (prefix: string) => string;
}

export function seedContext(db: DemoSeed, today: string): SeedContext {
  const rand = prng(20261123);
  return {
    db,
    today,
    rand,
    pick: (xs) => xs[Math.floor(rand() * xs.length)] as never,
    id: (prefix) => `${prefix}_${(db.nextId++).toString(36).padStart(4, '0')}`,
  };
}

/** An ISO date-time on a seeded day. */
export function stamp(date: string, time = '09:00'): string {
  return `${date}T${time}:00.000Z`;
}
