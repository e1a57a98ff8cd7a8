import type { DbOrTx } from '../db/database';
import { LINK_PATH } from './link-purposes';
import { issueLink } from './link-tokens';

// Reminders and missed material are courtesy messages: each carries a link that turns them off
// (consent, on the person's record). One link a message, bound to the person.

/** An opt-out link lives long enough to be used from an old message. */
export const OPT_OUT_DAYS = 90;

/** A new opt-out link for a person: its address, to put in the message. */
export async function optOutLink(
  db: DbOrTx,
  input: { participantId: string; now: Date; linkOrigin: string },
): Promise<string> {
  const expiresAt = new Date(input.now.getTime() + OPT_OUT_DAYS * 86_400_000).toISOString();
  const { token } = await issueLink(db, {
    purpose: 'opt_out',
    participantId: input.participantId,
    subjectId: input.participantId,
    expiresAt,
    now: input.now,
  });
  return `${input.linkOrigin}${LINK_PATH}/${token}`;
}
