import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cohort, Session } from '../../src/api/schemas/cohorts';
import type { Participant } from '../../src/api/schemas/participants';
import type { Offer, Referral, Vacancy } from '../../src/api/schemas/referrals';
import {
  offerMessageOf,
  recordDeliveryStatus,
  type MessageRecords,
} from '../../src/domain/commands/offer-messages';
import { deliveryStatusOf } from '../../src/domain/contact-attempts';
import {
  chooseOfferChannel,
  offerPersonalisation,
  offerScript,
  OFFER_PERSONALISATION_KEYS,
  timeInWords,
} from '../../src/domain/offer-message';
import { isUkMobile } from '../../src/domain/contact-preferences';

// What an offer's SMS or email says. docs/domain.md: never clinical details.

const cohort = {
  startDate: '2026-12-07',
  startTime: '18:00',
  delivery: 'face_to_face' as const,
  venue: 'Archway Centre, Room 2',
};

describe('offerPersonalisation', () => {
  it('says the first name, day, time, first session, venue and reply-by in London words', () => {
    const p = offerPersonalisation({
      givenName: '  Aisha Mary ',
      cohort,
      firstSession: null,
      // 17:00 UTC in winter is 5pm in London; in summer it would be 6pm.
      expiresAt: '2026-12-02T17:00:00.000Z',
    });
    expect(p).toEqual({
      first_name: 'Aisha',
      course_day: 'Monday',
      course_time: '6pm',
      first_session: 'Monday 7 December 2026',
      venue: 'Archway Centre, Room 2',
      reply_by: '5pm on Wednesday 2 December',
    });
    expect(Object.keys(p).sort()).toEqual([...OFFER_PERSONALISATION_KEYS].sort());
  });

  it('uses London summer time, the next session for a late joiner, and says online', () => {
    const p = offerPersonalisation({
      givenName: 'Tom',
      cohort: { ...cohort, delivery: 'online', venue: '' },
      firstSession: { date: '2026-06-13', startTime: '09:30' },
      expiresAt: '2026-06-10T11:00:00.000Z',
    });
    expect(p.course_day).toBe('Saturday');
    expect(p.course_time).toBe('9:30am');
    expect(p.venue).toBe('online, by video call');
    expect(p.reply_by).toBe('12 noon on Wednesday 10 June');
  });

  it('puts the same facts in the script staff read out by hand', () => {
    const p = offerPersonalisation({
      givenName: 'Aisha',
      cohort,
      firstSession: null,
      expiresAt: '2026-12-02T17:00:00.000Z',
    });
    const script = offerScript(p);
    for (const value of Object.values(p)) expect(script).toContain(value);
    // A one-off workshop is on its day, never "on Thursdays".
    const workshop = offerScript(p, 'workshop');
    expect(workshop).toContain(`It is a single session at ${p.course_time} on ${p.first_session}`);
    expect(workshop).not.toMatch(/meets on|days at/);
    // Nothing names a condition: whoever reads the person's phone learns nothing clinical.
    expect(script).not.toMatch(/pain|health|condition|diagnos|therapy|clinic/i);
  });

  it('says times as GOV.UK does', () => {
    expect(timeInWords('00:00')).toBe('midnight');
    expect(timeInWords('12:00')).toBe('12 noon');
    expect(timeInWords('13:15')).toBe('1:15pm');
  });
});

describe('chooseOfferChannel', () => {
  const prefs = { contactChannel: 'text', remindersConsent: true } as const;
  const both = { offerSmsTemplateId: 'sms-t', offerEmailTemplateId: 'email-t' };
  it('texts a UK mobile first, else emails, else nothing', () => {
    expect(chooseOfferChannel({ phone: '07700 900123', email: 'a@b.uk', ...prefs }, both)).toEqual({
      channel: 'sms',
      templateId: 'sms-t',
      to: '07700 900123',
    });
    expect(
      chooseOfferChannel({ phone: '020 7946 0000', email: 'a@b.uk', ...prefs }, both)?.channel,
    ).toBe('email');
    expect(
      chooseOfferChannel(
        { phone: '07700 900123', email: 'a@b.uk', ...prefs },
        { ...both, offerSmsTemplateId: null },
      )?.channel,
    ).toBe('email');
    expect(chooseOfferChannel({ phone: '020 7946 0000', email: null, ...prefs }, both)).toBeNull();
    expect(
      chooseOfferChannel(
        { phone: '07700900123', email: 'a@b.uk', ...prefs },
        { offerSmsTemplateId: null, offerEmailTemplateId: null },
      ),
    ).toBeNull();
  });

  it('knows a UK mobile in its usual spellings', () => {
    for (const n of ['07700900123', '+44 7700 900123', '0044 7700 900 123', '(07700) 900-123'])
      expect(isUkMobile(n), n).toBe(true);
    for (const n of ['0207946000', '0770090012', '+1 7700 900123', ''])
      expect(isUkMobile(n), n).toBe(false);
  });
});

function recordsFor(referral: Referral): { records: MessageRecords; offer: Offer } {
  const offer: Offer = {
    id: 'off_1',
    vacancyId: 'vac_1',
    referralId: referral.id,
    createdAt: '2026-11-28T10:00:00.000Z',
    createdBy: 'stf_1',
    expiresAt: '2026-11-30T10:00:00.000Z',
    status: 'open',
    decidedAt: null,
    declineReason: null,
    declineNote: '',
    version: 1,
  };
  const vacancy = { id: 'vac_1', cohortId: 'coh_1' } as Vacancy;
  const c = { ...cohort, id: 'coh_1' } as Cohort;
  const session = {
    id: 'ses_1',
    cohortId: 'coh_1',
    date: '2026-12-07',
    startTime: '18:00',
    status: 'scheduled',
  } as Session;
  const person = { id: referral.participantId, phone: '07700900123', email: null } as Participant;
  return {
    offer,
    records: {
      referrals: [referral],
      offers: [offer],
      contactAttempts: [],
      staff: [],
      vacancies: [vacancy],
      cohorts: [c],
      sessions: [session],
      participants: [person],
    },
  };
}

describe('offerMessageOf: no clinical detail, whatever the entry holds', () => {
  const name = fc.stringMatching(/^[A-Z][a-z'-]{0,15}( [A-Z][a-z]{0,10})?$/);
  // Clinical words always carry a colon, which no name, date or time has, so finding one in
  // the message can only mean it was copied there.
  const clinical = fc.string({ minLength: 4, maxLength: 80 }).map((s) => `clinical: ${s}`);
  const nhsNumber = fc.stringMatching(/^\d{10}$/);

  it('never carries the NHS number, notes or access needs (property)', () => {
    fc.assert(
      fc.property(
        name,
        clinical,
        clinical,
        nhsNumber,
        fc.boolean(),
        (givenName, notes, accessNeeds, nhs, urgent) => {
          const referral = {
            id: 'ref_1',
            participantId: 'par_1',
            givenName,
            familyName: 'Example',
            nhsNumber: nhs,
            notes,
            accessNeeds,
            urgent,
          } as Referral;
          const { records, offer } = recordsFor(referral);
          const message = offerMessageOf(records, offer, '2026-11-28');
          expect(message).not.toBeNull();
          for (const value of Object.values(message!.personalisation)) {
            expect(value).not.toContain(nhs);
            expect(value).not.toContain(notes);
            expect(value).not.toContain(accessNeeds);
            expect(value).not.toContain('clinical:');
            expect(value).not.toContain('Example');
            expect(value).not.toMatch(/urgent/i);
          }
        },
      ),
    );
  });
});

describe('delivery statuses (what the offer log keeps of Notify’s word)', () => {
  const ctx = {
    actor: { id: 'system', role: 'admin', scope: 'all' },
    now: '',
    today: '',
    newId: String,
  } as never;
  const sent = {
    id: 'cat_1',
    referralId: 'ref_1',
    offerId: 'off_1',
    sessionId: null,
    channel: 'sms' as const,
    outcome: 'message_sent' as const,
    outcomeText: '',
    note: '',
    at: '2026-11-28T10:00:00.000Z',
    recordedAt: '2026-11-28T10:00:00.000Z',
    byStaffId: null,
    notifyMessageId: 'n-1',
    deliveryStatus: 'created' as const,
  };

  it('maps Notify’s words, an unknown one still pending', () => {
    expect(deliveryStatusOf('pending')).toBe('sending');
    expect(deliveryStatusOf('sent')).toBe('delivered');
    expect(deliveryStatusOf('permanent-failure')).toBe('permanent-failure');
    expect(deliveryStatusOf('accepted')).toBe('sending');
  });

  it('records a change, audited, and nothing once the status is final', () => {
    const changed = recordDeliveryStatus(
      { contactAttempts: [sent] },
      { contactId: 'cat_1', status: 'delivered' },
      ctx,
    );
    expect(changed.result).toBe(true);
    expect(changed.changes.put.contactAttempts?.[0]?.deliveryStatus).toBe('delivered');
    expect(changed.changes.audit.map((a) => a.action)).toEqual(['offer.message-status']);
    const final = { ...sent, deliveryStatus: 'delivered' as const };
    const again = recordDeliveryStatus(
      { contactAttempts: [final] },
      { contactId: 'cat_1', status: 'temporary-failure' },
      ctx,
    );
    expect(again.result).toBe(false);
    expect(again.changes.audit).toEqual([]);
  });
});
