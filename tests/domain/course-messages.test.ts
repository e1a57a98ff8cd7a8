import { describe, expect, it } from 'vitest';
import {
  GROUP_MESSAGE_KEYS,
  groupPersonalisation,
  MATERIAL_KEYS,
  materialFor,
  materialPersonalisation,
  missedBy,
  placedInCohort,
  withinMaterialWindow,
} from '../../src/domain/course-messages';
import { chooseMessageChannel } from '../../src/domain/message-channel';

const place = (id: string, over: Partial<Parameters<typeof missedBy>[1][number]> = {}) => ({
  id,
  cohortId: 'c1',
  status: 'active' as const,
  joinedOn: '2026-11-02',
  history: [],
  ...over,
});
const session = { id: 's3', cohortId: 'c1', date: '2026-11-16', status: 'scheduled' };

describe('missed material', () => {
  it('is for those marked absent or cancelled (2, 3, 7), never present, late seen or unmarked', () => {
    const codes: Record<string, 2 | 3 | 4 | 5 | 6 | 7 | null> = {
      a: 2,
      b: 3,
      c: 7,
      d: 5,
      e: 6,
      f: null,
    };
    const people = Object.keys(codes).map((id) => place(id));
    expect(missedBy(session, people, (id) => codes[id] ?? null).map((e) => e.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    // A session the service cancelled missed no one; nor one before the person joined.
    expect(missedBy({ ...session, status: 'cancelled_by_provider' }, people, () => 3)).toEqual([]);
    expect(missedBy(session, [place('late', { joinedOn: '2026-11-20' })], () => 3)).toEqual([]);
  });

  it("matches a session's topic to its material whatever the case and spacing", () => {
    const list = [{ topic: 'Sleep and pain', link: 'https://x.example/sleep' }];
    expect(materialFor(list, '  sleep   AND pain ')).toBe('https://x.example/sleep');
    expect(materialFor(list, 'Managing stress')).toBeNull();
  });

  it('says the first name, the day and the link: never the topic or the family name', () => {
    const p = materialPersonalisation({
      givenName: 'Aisha Noor',
      sessionDate: '2026-11-16',
      link: 'https://x.example/sleep',
      optOutLink: 'https://links.example/link/abc',
    });
    expect(Object.keys(p)).toEqual([...MATERIAL_KEYS]);
    expect(p).toEqual({
      first_name: 'Aisha',
      session_date: 'Monday 16 November',
      material_link: 'https://x.example/sleep',
      opt_out_link: 'https://links.example/link/abc',
    });
    const g = groupPersonalisation({
      givenName: 'Aisha',
      sessionDate: '2026-11-16',
      startTime: '18:00',
      change: { kind: 'moved', to: '2026-11-17' },
    });
    expect(Object.keys(g)).toEqual([...GROUP_MESSAGE_KEYS]);
    expect(g.change).toBe('has moved to Tuesday 17 November at 6pm');
  });

  it('goes for sessions held in the last two weeks only', () => {
    expect(withinMaterialWindow('2026-11-16', '2026-11-16')).toBe(true);
    expect(withinMaterialWindow('2026-11-02', '2026-11-16')).toBe(true);
    expect(withinMaterialWindow('2026-11-01', '2026-11-16')).toBe(false);
    expect(withinMaterialWindow('2026-11-17', '2026-11-16')).toBe(false);
  });

  it('a group message goes to everyone holding a place now, not to those who left', () => {
    const people = [
      place('a'),
      place('b', { status: 'confirmed' }),
      place('c', { status: 'withdrawn' }),
      place('d', { cohortId: 'c2' }),
    ];
    expect(placedInCohort(people, 'c1').map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('the channel of a course message', () => {
  const templates = { sms: 'sms-template', email: 'email-template' };
  const person = {
    phone: '07700 900123',
    email: 'a@example.com',
    contactChannel: 'text' as const,
    remindersConsent: true,
  };

  it('texts a mobile first, else emails, with the template for that channel', () => {
    expect(chooseMessageChannel(person, templates, 'material')).toEqual({
      route: { channel: 'sms', to: '07700 900123', templateId: 'sms-template' },
    });
    expect(chooseMessageChannel(person, { sms: null, email: 'e' }, 'material')).toEqual({
      route: { channel: 'email', to: 'a@example.com', templateId: 'e' },
    });
  });

  it('material needs consent and a text or email channel; a group message is a service message', () => {
    const optedOut = { ...person, remindersConsent: false };
    const letters = { ...person, contactChannel: 'letter' as const };
    expect(chooseMessageChannel(optedOut, templates, 'material')).toEqual({ why: 'Opted out' });
    expect(chooseMessageChannel(letters, templates, 'material')).toEqual({ why: 'Letters only' });
    expect(chooseMessageChannel(optedOut, templates, 'service')).toHaveProperty('route');
    expect(chooseMessageChannel(letters, templates, 'service')).toHaveProperty('route');
    expect(
      chooseMessageChannel({ ...person, phone: null, email: null }, templates, 'service'),
    ).toEqual({ why: 'No mobile or email' });
  });
});
