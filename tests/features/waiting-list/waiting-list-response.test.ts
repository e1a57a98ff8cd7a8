import { describe, expect, it } from 'vitest';
import { waitingListSchema } from '../../../src/api/schemas/referrals';
import {
  isExactWaitingList,
  waitingListResponseSchema,
} from '../../../src/features/waiting-list/api/waiting-list-response';

const item = () => ({
  id: 'ref_1',
  givenName: 'Amara',
  familyName: 'Demir',
  nhsNumber: '9434765919',
  referralDate: '2024-02-29',
  availability: { days: ['mon', 'fri'], times: ['evening'] },
  urgent: false,
  status: 'waiting',
});
const list = (over: Record<string, unknown> = {}) => ({
  items: [item(), { ...item(), id: 'ref_2', urgent: true, status: 'offered' }],
  today: '2026-01-05',
  ...over,
});

type Mutation = [string, (l: ReturnType<typeof list>) => unknown];
const onItem = (f: (i: Record<string, unknown>) => void) => (l: ReturnType<typeof list>) => {
  f(l.items[1] as Record<string, unknown>);
  return l;
};
const onAvailability = (f: (a: Record<string, unknown>) => void) =>
  onItem((i) => f(i.availability as Record<string, unknown>));

const MUTATIONS: Mutation[] = [
  ['not an object', () => 'list'],
  ['null', () => null],
  ['items missing', (l) => ({ today: l.today })],
  ['items not an array', (l) => ({ ...l, items: {} })],
  ['extra top-level key', (l) => ({ ...l, next: null })],
  ['bad today', (l) => ({ ...l, today: '2026-02-30' })],
  ['item is an array', (l) => ({ ...l, items: [[]] })],
  ['item null', (l) => ({ ...l, items: [null] })],
  ['empty id', onItem((i) => (i.id = ''))],
  ['long id', onItem((i) => (i.id = 'x'.repeat(65)))],
  ['64-character id', onItem((i) => (i.id = 'x'.repeat(64)))],
  ['numeric nhs number', onItem((i) => (i.nhsNumber = 9434765919))],
  ['given name missing', onItem((i) => delete i.givenName)],
  ['family name undefined', onItem((i) => (i.familyName = undefined))],
  ['not a leap day', onItem((i) => (i.referralDate = '2023-02-29'))],
  ['date with time', onItem((i) => (i.referralDate = '2024-02-28T00:00:00Z'))],
  ['urgent as string', onItem((i) => (i.urgent = 'true'))],
  ['unknown status', onItem((i) => (i.status = 'archived'))],
  ['extra item key', onItem((i) => (i.borough = 'Hackney'))],
  ['extra item key undefined', onItem((i) => (i.notes = undefined))],
  [
    '__proto__ key',
    (l) => ({
      ...l,
      items: [JSON.parse(JSON.stringify(item()).replace('{', '{"__proto__":{"x":1},'))],
    }),
  ],
  ['availability missing', onItem((i) => delete i.availability)],
  ['availability array', onItem((i) => (i.availability = []))],
  ['unknown weekday', onAvailability((a) => (a.days = ['sat']))],
  ['days not an array', onAvailability((a) => (a.days = 'mon'))],
  ['empty days', onAvailability((a) => (a.days = []))],
  ['unknown time', onAvailability((a) => (a.times = ['night']))],
  ['extra availability key', onAvailability((a) => (a.weeks = []))],
  ['no items', (l) => ({ ...l, items: [] })],
];

describe('waiting list response check', () => {
  it('takes the plain path for a response of exactly the contract shape', () => {
    const data = list();
    expect(isExactWaitingList(data)).toBe(true);
    expect(waitingListResponseSchema.parse(data)).toEqual(waitingListSchema.parse(data));
  });

  it.each(MUTATIONS)('agrees with the contract schema: %s', (_name, mutate) => {
    const data = mutate(list());
    const zod = waitingListSchema.safeParse(data);
    const fast = isExactWaitingList(data);
    // The plain check may decline something zod accepts (zod then decides), never the other way round.
    if (fast) {
      expect(zod.success).toBe(true);
      expect(data).toEqual(zod.data);
    }
    const client = waitingListResponseSchema.safeParse(data);
    expect(client.success).toBe(zod.success);
    if (client.success) expect(client.data).toEqual(zod.data);
  });
});
