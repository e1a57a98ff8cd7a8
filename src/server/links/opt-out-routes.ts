import type { Context } from 'hono';
import { html } from 'hono/html';
import { PARTICIPANT } from '../../api/schemas/audit';
import { optOutByLink } from '../../domain/commands/opt-out-by-link';
import type { Tx } from '../db/database';
import { readSnapshot } from '../db/records';
import { personLocks } from '../db/row-locks';
import type { AppEnv } from '../http/app-env';
import { SYSTEM_USER } from '../offer-expiry-job';
import { runCommandIn } from '../routes/write-context';
import type { Html, LinkAnswer } from './link-layout';
import { auditLink } from './link-guard';
import { linkNotFound } from './link-states';
import type { ParticipantLink } from './link-tokens';

// The opt-out link in every reminder and missed-material message: one button turns those
// messages off. It says what still comes (news about their place), so nobody thinks they have
// left the course. It is not spent by an answer: opening it again says it is already off.

async function personOf(tx: Tx, link: ParticipantLink) {
  const records = await readSnapshot(tx, {});
  return records.participants.find((p) => p.id === link.subjectId && p.id === link.participantId);
}

const firstNameOf = (givenName: string) => givenName.trim().split(/\s+/)[0] ?? '';

const stillSent = html`<p>
  We will still text or email you about your place, such as an offer or a session that is cancelled
  or moved.
</p>`;

const askBody = (firstName: string): Html =>
  html`<h1>Hello ${firstName}, stop reminders?</h1>
    <p>We send a reminder before each session, and the material from any session you miss.</p>
    ${stillSent}
    <form method="post"><button type="submit">Stop reminders and missed material</button></form>`;

const offBody = (firstName: string): Html =>
  html`<h1>Reminders are off, ${firstName}</h1>
    <p>We will not send you reminders or missed material. Call us to turn them back on.</p>
    ${stillSent}`;

export async function optOutPage(
  tx: Tx,
  c: Context<AppEnv>,
  link: ParticipantLink,
  now: Date,
): Promise<LinkAnswer> {
  const person = await personOf(tx, link);
  if (!person) return linkNotFound();
  await auditLink(tx, c, 'link.opened', link, {}, now);
  const firstName = firstNameOf(person.givenName);
  return person.remindersConsent
    ? { status: 200, title: 'Stop reminders', body: askBody(firstName) }
    : { status: 200, title: 'Reminders are off', body: offBody(firstName) };
}

export async function optOutAnswer(
  tx: Tx,
  c: Context<AppEnv>,
  link: ParticipantLink,
  now: Date,
): Promise<LinkAnswer> {
  const person = await personOf(tx, link);
  if (!person) return linkNotFound();
  await runCommandIn(
    tx,
    {
      user: { ...SYSTEM_USER, id: link.id },
      scope: 'all',
      requestId: c.var.requestId,
      now,
      auditAs: { id: link.id, role: PARTICIPANT },
    },
    (r, cc) => optOutByLink(r, { participantId: person.id }, cc),
    { locks: (locking) => personLocks(locking, person.id) },
  );
  return { status: 200, title: 'Reminders are off', body: offBody(firstNameOf(person.givenName)) };
}
