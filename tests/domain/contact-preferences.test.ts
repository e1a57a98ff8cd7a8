import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  howToReach,
  isCourtesy,
  MESSAGE_KINDS,
  PREFERRED_CHANNELS,
  type ContactPreferences,
} from '../../src/domain/contact-preferences';

// The one rule every message obeys: service messages (offers, notices about a session) go
// whenever there is a mobile or an email; reminders and material need consent and a text or
// email channel.

const person = (over: Partial<ContactPreferences> = {}): ContactPreferences => ({
  phone: '07700 900123',
  email: 'sam@example.org',
  contactChannel: 'text',
  remindersConsent: true,
  ...over,
});

describe('howToReach', () => {
  it('texts by default and emails someone who chose email', () => {
    expect(howToReach(person(), 'reminder')).toEqual({ channel: 'sms', to: '07700 900123' });
    expect(howToReach(person({ contactChannel: 'email' }), 'reminder')).toEqual({
      channel: 'email',
      to: 'sam@example.org',
    });
  });

  it('falls back to the other channel, never to a landline', () => {
    expect(howToReach(person({ phone: '020 7946 0000' }), 'reminder')).toEqual({
      channel: 'email',
      to: 'sam@example.org',
    });
    expect(howToReach(person({ contactChannel: 'email', email: null }), 'material')).toEqual({
      channel: 'sms',
      to: '07700 900123',
    });
    expect(howToReach(person({ phone: '020 7946 0000', email: null }), 'offer')).toEqual({
      reason: 'no_contact',
    });
  });

  it('sends no reminder or material to a person who opted out or wants letters', () => {
    expect(howToReach(person({ remindersConsent: false }), 'reminder')).toEqual({
      reason: 'opted_out',
    });
    expect(howToReach(person({ contactChannel: 'letter' }), 'material')).toEqual({
      reason: 'letter_only',
    });
  });

  it('always sends offers and service notices when there is a mobile or email', () => {
    const letters = person({ contactChannel: 'letter', remindersConsent: false });
    expect(howToReach(letters, 'offer')).toEqual({ channel: 'sms', to: '07700 900123' });
    expect(howToReach(letters, 'service')).toEqual({ channel: 'sms', to: '07700 900123' });
  });

  it('uses only channels the service has a template for', () => {
    expect(howToReach(person(), 'offer', { sms: false, email: true })).toEqual({
      channel: 'email',
      to: 'sam@example.org',
    });
    expect(howToReach(person({ email: null }), 'offer', { sms: false, email: true })).toEqual({
      reason: 'no_template',
    });
  });

  const anyPerson = fc.record({
    phone: fc.option(fc.constantFrom('07700 900123', '+447700900456', '020 7946 0000', '')),
    email: fc.option(fc.constantFrom('a@b.uk', ' ', '')),
    contactChannel: fc.constantFrom(...PREFERRED_CHANNELS),
    remindersConsent: fc.boolean(),
  });
  const templates = fc.record({ sms: fc.boolean(), email: fc.boolean() });

  it('never sends a courtesy message without consent, or to someone who wants letters', () => {
    fc.assert(
      fc.property(anyPerson, fc.constantFrom(...MESSAGE_KINDS), templates, (p, kind, t) => {
        const reach = howToReach(p, kind, t);
        if (!('channel' in reach)) return;
        // A sent message goes to a detail the person gave, by a channel with a template.
        expect(reach.to).toBe(reach.channel === 'sms' ? p.phone : p.email?.trim());
        expect(t[reach.channel]).toBe(true);
        if (isCourtesy(kind)) {
          expect(p.remindersConsent).toBe(true);
          expect(p.contactChannel).not.toBe('letter');
        }
      }),
    );
  });

  it('a service message reaches anyone a reminder would reach', () => {
    fc.assert(
      fc.property(anyPerson, templates, (p, t) => {
        if ('channel' in howToReach(p, 'reminder', t))
          expect('channel' in howToReach(p, 'service', t)).toBe(true);
      }),
    );
  });
});
