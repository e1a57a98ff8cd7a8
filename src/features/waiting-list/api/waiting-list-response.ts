import { z } from 'zod/mini';
import { isoDateSchema } from '../../../api/schemas/common';
import { waitingListSchema } from '../../../api/schemas/referrals';

type WaitingList = z.infer<typeof waitingListSchema>;

// zod's object parser is a loop of small calls per field (its compiled fast path needs `eval`,
// which the CSP forbids): for 10,000 rows at 4x CPU slowdown that was ~150-350 ms before the
// first row. This check takes the common case, a response of exactly the contract's shape, in
// one plain pass; anything else (an extra or missing key, a bad value) falls through to
// `waitingListSchema`, which then decides. So it only ever accepts what zod would accept with
// the same result (tests/features/waiting-list/waiting-list-response.test.ts keeps it honest).

const WEEKDAYS: ReadonlySet<unknown> = new Set(['mon', 'tue', 'wed', 'thu', 'fri']);
const PARTS_OF_DAY: ReadonlySet<unknown> = new Set(['morning', 'afternoon', 'evening']);
const STATUSES: ReadonlySet<unknown> = new Set(['waiting', 'offered', 'enrolled', 'removed']);
const ITEM_KEYS = 8;

/** Dates repeat across thousands of rows: each distinct one is checked by the contract's own schema once. */
const validDates = new Set<string>();
function isIsoDate(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  if (validDates.has(v)) return true;
  if (!isoDateSchema.safeParse(v).success) return false;
  if (validDates.size < 50_000) validDates.add(v);
  return true;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function keyCount(o: object): number {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n += 1;
  return n;
}

function allIn(v: unknown, allowed: ReadonlySet<unknown>): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i += 1) if (!allowed.has(v[i])) return false;
  return true;
}

function isItem(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const a = v.availability;
  return (
    typeof v.id === 'string' &&
    v.id.length >= 1 &&
    v.id.length <= 64 &&
    typeof v.givenName === 'string' &&
    typeof v.familyName === 'string' &&
    typeof v.nhsNumber === 'string' &&
    isIsoDate(v.referralDate) &&
    typeof v.urgent === 'boolean' &&
    STATUSES.has(v.status) &&
    isRecord(a) &&
    allIn(a.days, WEEKDAYS) &&
    allIn(a.times, PARTS_OF_DAY) &&
    keyCount(a) === 2 &&
    keyCount(v) === ITEM_KEYS
  );
}

/** True when `v` is exactly the contract's shape (no extra keys), so zod would return an equal copy. */
export function isExactWaitingList(v: unknown): v is WaitingList {
  if (!isRecord(v) || !Array.isArray(v.items) || !isIsoDate(v.today) || keyCount(v) !== 2)
    return false;
  const items = v.items as unknown[];
  for (let i = 0; i < items.length; i += 1) if (!isItem(items[i])) return false;
  return true;
}

/** The list response as the client reads it: the plain check first, the contract schema otherwise. */
export const waitingListResponseSchema = z.union([
  z.custom<WaitingList>(isExactWaitingList),
  waitingListSchema,
]);
