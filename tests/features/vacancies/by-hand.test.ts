import { describe, expect, it } from 'vitest';
import type { ContactView } from '../../../src/api/schemas/contacts';
import { byHandReason } from '../../../src/features/vacancies/by-hand';

// When the offer page tells the admin to contact the person by hand.

const message = (over: Partial<ContactView>): ContactView => ({
  id: 'cat_1',
  referralId: 'ref_1',
  offerId: 'off_1',
  sessionId: null,
  channel: 'sms',
  outcome: 'message_sent',
  outcomeText: '',
  note: '',
  at: '2026-11-28T10:00:00.000Z',
  recordedAt: '2026-11-28T10:00:00.000Z',
  byStaffId: null,
  byName: 'GOV.UK Notify',
  notifyMessageId: 'n-1',
  deliveryStatus: 'created',
  ...over,
});

describe('byHandReason', () => {
  it('says nothing while Notify’s message is on its way or delivered', () => {
    for (const deliveryStatus of ['created', 'sending', 'delivered'] as const)
      expect(byHandReason([message({ deliveryStatus })], true)).toBeNull();
  });

  it('asks for a call when Notify is not set up, did not send, or could not deliver', () => {
    expect(byHandReason([], false)).toMatch(/not set up/);
    expect(byHandReason([], true)).toMatch(/no mobile number or email address/);
    expect(
      byHandReason(
        [
          message({
            outcome: 'message_not_sent',
            notifyMessageId: null,
            deliveryStatus: 'not-sent',
          }),
        ],
        true,
      ),
    ).toMatch(/did not send/);
    expect(byHandReason([message({ deliveryStatus: 'permanent-failure' })], true)).toMatch(
      /was not delivered/,
    );
  });
});
