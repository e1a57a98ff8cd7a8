import type { Participant } from '../../src/api/schemas/participants';
import {
  referralInputSchema,
  seedWaitingListSchema,
  type Referral,
} from '../../src/api/schemas/referrals';
import { todayIso } from '../../src/domain/dates';
import { checkEligibility } from '../../src/domain/eligibility';
import { store } from '../db';
import { audit, HttpError, notFound, parse, readJson, route } from '../http';
import { addGeneratedReferrals } from '../seed-waiting-list';

/** Waiting and offered people are still on the list; one of them per NHS number at a time. */
const ON_LIST: readonly Referral['status'][] = ['waiting', 'offered'];

export const referralHandlers = [
  route('get', '/referrals', ['admin', 'manager'], () => ({
    items: store.data.referrals.map((r) => ({
      id: r.id,
      givenName: r.givenName,
      familyName: r.familyName,
      nhsNumber: r.nhsNumber,
      referralDate: r.referralDate,
      availability: r.availability,
      urgent: r.urgent,
      status: r.status,
    })),
    today: todayIso(),
  })),

  route('get', '/referrals/:id', ['admin', 'manager'], ({ params }) => {
    const referral =
      store.data.referrals.find((r) => r.id === params.id) ?? notFound('That referral');
    const person = store.data.participants.find((p) => p.id === referral.participantId);
    return {
      ...referral,
      dateOfBirth: person?.dateOfBirth ?? '1900-01-01',
      phone: person?.phone ?? null,
      email: person?.email ?? null,
      today: todayIso(),
    };
  }),

  route('post', '/referrals', ['admin'], async (ctx) => {
    const input = parse(referralInputSchema, await readJson(ctx.request));
    // DOMAIN.md: a referral from an ineligible borough is not added; the answer says where to signpost.
    const eligibility = checkEligibility(input.borough);
    if (!eligibility.eligible) {
      throw new HttpError(
        422,
        'ineligible_borough',
        eligibility.message,
        { borough: [eligibility.message] },
        { reason: eligibility.reason },
      );
    }
    return store.transact((db) => {
      const existing = db.referrals.find(
        (r) => r.nhsNumber === input.nhsNumber && ON_LIST.includes(r.status),
      );
      if (existing) {
        throw new HttpError(
          409,
          'duplicate_nhs_number',
          `${existing.givenName} ${existing.familyName} is already on the waiting list with this NHS number.`,
          { nhsNumber: ['Already on the waiting list'] },
          { id: existing.id },
        );
      }
      // Someone re-referred after an earlier course keeps one participant record.
      let person = db.participants.find((p) => p.nhsNumber === input.nhsNumber);
      if (!person) {
        person = {
          id: store.newId('ptc'),
          givenName: input.givenName,
          familyName: input.familyName,
          nhsNumber: input.nhsNumber,
          dateOfBirth: input.dateOfBirth,
          borough: input.borough,
          phone: input.phone || null,
          email: input.email || null,
        } satisfies Participant;
        db.participants.push(person);
      }
      const referral: Referral = {
        id: store.newId('ref'),
        participantId: person.id,
        givenName: input.givenName,
        familyName: input.familyName,
        nhsNumber: input.nhsNumber,
        borough: input.borough,
        gpPractice: input.gpPractice,
        referralDate: input.referralDate,
        availability: input.availability,
        accessNeeds: input.accessNeeds,
        urgent: input.urgent,
        notes: input.notes,
        status: 'waiting',
        version: 1,
      };
      db.referrals.push(referral);
      audit(ctx, 'referral.create', 'referral', referral.id, null, referral);
      return referral;
    });
  }),

  // Mock mode only (never part of a real API): loads a big generated waiting list for demos and the benchmark.
  route(
    'post',
    '/demo/seed-waiting-list',
    ['admin'],
    async (ctx) => {
      const { count } = parse(seedWaitingListSchema, await readJson(ctx.request));
      return store.transact((db) => {
        const waiting = addGeneratedReferrals(db, count, todayIso());
        audit(ctx, 'demo.seed-waiting-list', 'referral', 'generated', null, { count });
        return { waiting };
      });
    },
    { status: 200 },
  ),
];
