import type { Participant } from '../../api/schemas/participants';
import { found, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';

// The opt-out link every reminder and missed-material message carries: the person turns off
// consent to those messages themselves. Offers and notices about their place still reach them
// (src/domain/contact-preferences.ts). Staff see it on the entry and can turn it back on
// when the person asks.

export function optOutByLink(
  r: { participants: readonly Participant[] },
  input: { participantId: string },
  _ctx: CommandContext,
): Outcome<{ alreadyOff: boolean }> {
  const person = found(
    r.participants.find((p) => p.id === input.participantId),
    'That person',
  );
  const cs = new ChangeSet();
  if (!person.remindersConsent) return cs.done({ alreadyOff: true });
  cs.put('participants', { ...person, remindersConsent: false });
  cs.audit(
    'participant.opt-out',
    'participant',
    person.id,
    { remindersConsent: true },
    { remindersConsent: false },
  );
  return cs.done({ alreadyOff: false });
}
