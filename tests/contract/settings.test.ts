import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsView } from '../../src/api/schemas/settings';
import type { OfferView, VacancyDetail } from '../../src/api/schemas/vacancies';
import {
  AS,
  call,
  expectContract,
  expectError,
  resetDemo,
  sessionKind,
  freePlaceInPlannedCohort,
} from './contract-client';

// The GOV.UK Notify template ids in the settings, validated alike by the mock
// and the server, and whether the backend holds a Notify key (never the key). The mock never
// sends; the server's contract run (.ci/contract-server.sh) holds a key for a Notify that
// cannot be reached, so its offers record a message not sent (server only, below).

const SMS = '6f1d2e3c-4b5a-4968-8776-a5b4c3d2e1f0';
const EMAIL = '0e1d2c3b-4a59-4687-9766-f5e4d3c2b1a0';
const onServer = (await sessionKind()) === 'cookie';

const settingsNow = async () =>
  expectContract('GET /settings', await call<SettingsView>('GET /settings', { as: AS.admin }));

const numbers = (s: SettingsView) => ({
  absenceThreshold: s.absenceThreshold,
  lateJoinCutoffSession: s.lateJoinCutoffSession,
  completionMinSessions: s.completionMinSessions,
});

beforeAll(resetDemo);
afterAll(async () => {
  const s = await settingsNow();
  await call('PATCH /settings', {
    as: AS.admin,
    version: s.version,
    body: { ...numbers(s), offerSmsTemplateId: null, offerEmailTemplateId: null },
  });
});

describe('settings: GOV.UK Notify', () => {
  it('GET /settings says whether Notify is set up, with no template yet', async () => {
    const s = await settingsNow();
    expect(s.notifyConfigured).toBe(onServer);
    expect(s).toMatchObject({ offerSmsTemplateId: null, offerEmailTemplateId: null });
    expect(Object.keys(s).filter((k) => /key|secret/i.test(k))).toEqual([]);
  });

  it('PATCH /settings takes template ids (as lower case), keeps them when left out, and clears them', async () => {
    let s = await settingsNow();
    s = expectContract(
      'PATCH /settings',
      await call<SettingsView>('PATCH /settings', {
        as: AS.admin,
        version: s.version,
        body: { ...numbers(s), offerSmsTemplateId: SMS.toUpperCase(), offerEmailTemplateId: EMAIL },
      }),
    );
    expect(s).toMatchObject({ offerSmsTemplateId: SMS, offerEmailTemplateId: EMAIL });
    expect(s.notifyConfigured).toBe(onServer);
    s = expectContract(
      'PATCH /settings',
      await call<SettingsView>('PATCH /settings', {
        as: AS.admin,
        version: s.version,
        body: { ...numbers(s), offerEmailTemplateId: '' },
      }),
    );
    expect(s).toMatchObject({ offerSmsTemplateId: SMS, offerEmailTemplateId: null });
    expect(await settingsNow()).toMatchObject({ offerSmsTemplateId: SMS });
  });

  it('PATCH /settings refuses a template id that is not one, on the field, changing nothing', async () => {
    const s = await settingsNow();
    for (const bad of ['template-1', 42, `${SMS}0`]) {
      const error = expectError(
        await call('PATCH /settings', {
          as: AS.admin,
          version: s.version,
          body: { ...numbers(s), offerSmsTemplateId: bad },
        }),
        400,
        'validation_failed',
      );
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(['offerSmsTemplateId']);
    }
    expect((await settingsNow()).version).toBe(s.version);
  });

  it('a manager reads them; a facilitator may not', async () => {
    expectContract('GET /settings', await call('GET /settings', { as: AS.manager }));
    expectError(await call('GET /settings', { as: AS.facilitator }), 403, 'forbidden');
  });
});

/** Withdraws someone from a planned cohort (freePlaceInPlannedCohort); the freed
 * place's page. */
async function freedPlace(): Promise<VacancyDetail> {
  const plannedId = await freePlaceInPlannedCohort('Back at work');
  const open = (
    await call<{ items: { id: string; cohortId: string }[] }>('GET /vacancies', { as: AS.admin })
  ).body.items;
  const id = open.find((v) => v.cohortId === plannedId)!.id;
  return expectContract(
    'GET /vacancies/:id',
    await call<VacancyDetail>('GET /vacancies/:id', { as: AS.admin, params: { id } }),
  );
}

describe('an offer while Notify has a template', () => {
  it('carries what the by-hand script says; on the mock nothing is sent', async () => {
    const detail = await freedPlace();
    expect(detail.candidates.length, 'someone to offer the place to').toBeGreaterThan(0);
    const offer = expectContract(
      'POST /vacancies/:id/offers',
      await call<OfferView>('POST /vacancies/:id/offers', {
        as: AS.admin,
        params: { id: detail.vacancy.id },
        version: detail.vacancy.version,
        body: { referralId: detail.candidates[0]!.referralId },
      }),
    );
    expect(Object.keys(offer.message ?? {}).sort()).toEqual(
      ['course_day', 'course_time', 'first_name', 'first_session', 'reply_by', 'venue'].sort(),
    );
    const after = expectContract(
      'GET /vacancies/:id',
      await call<VacancyDetail>('GET /vacancies/:id', {
        as: AS.admin,
        params: { id: detail.vacancy.id },
      }),
    );
    const contacts = after.vacancy.openOffer?.contacts ?? [];
    if (onServer) {
      // Notify cannot be reached here: the offer stands and its log says the text was not sent.
      expect(contacts.map((c) => [c.byName, c.channel, c.outcome, c.deliveryStatus])).toEqual([
        ['GOV.UK Notify', 'sms', 'message_not_sent', 'not-sent'],
      ]);
      expect(contacts[0]?.note).toMatch(/^GOV.UK Notify: could not be reached/);
    } else {
      expect(contacts).toEqual([]);
    }
  });
});
