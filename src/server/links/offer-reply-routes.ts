import type { Context } from 'hono';
import { PARTICIPANT } from '../../api/schemas/audit';
import type { Offer } from '../../api/schemas/referrals';
import { todayIso } from '../../domain/dates';
import { londonMomentInWords } from '../../domain/offer-message';
import { isPastExpiry } from '../../domain/offers';
import {
  answerOfferByLink,
  PERSON_DECLINE_REASONS,
  type PersonDeclineReason,
} from '../../domain/commands/offer-link-replies';
import { offerMessageOf } from '../../domain/commands/offer-messages';
import type { Tx } from '../db/database';
import { readSnapshot } from '../db/records';
import type { AppEnv } from '../http/app-env';
import { SYSTEM_USER } from '../offer-expiry-job';
import { runCommandIn } from '../routes/write-context';
import { auditLink } from './link-guard';
import type { LinkAnswer } from './link-layout';
import { linkNotFound, usedLinkBody } from './link-states';
import { markUsed, type ParticipantLink } from './link-tokens';
import { offerAnsweredBody, offerReplyBody } from './offer-reply-page';

// An offer's link: the page shows the offer as its message did and takes the person's answer
// through the same domain command as staff's (src/domain/commands/offer-link-replies.ts).

const SAID: Partial<Record<Offer['status'], string>> = {
  accepted: 'you said yes to the place.',
  declined: 'you said no to the place.',
};

async function offerOf(tx: Tx, link: ParticipantLink, now: Date) {
  const records = await readSnapshot(tx, {});
  const offer = records.offers.find((o) => o.id === link.subjectId);
  const referral = offer && records.referrals.find((r) => r.id === offer.referralId);
  // A link opens only its own person's offer, whatever the row says.
  if (!offer || referral?.participantId !== link.participantId) return null;
  const message = offerMessageOf(records, offer, todayIso(now));
  const vacancy = records.vacancies.find((v) => v.id === offer.vacancyId);
  const cohort = records.cohorts.find((x) => x.id === vacancy?.cohortId);
  if (!message || !cohort) return null;
  return { offer, message: message.personalisation, kind: cohort.type };
}

export async function offerLinkPage(
  tx: Tx,
  c: Context<AppEnv>,
  link: ParticipantLink,
  now: Date,
  error?: string,
): Promise<LinkAnswer> {
  const found = await offerOf(tx, link, now);
  if (!found) return linkNotFound();
  const { offer, message, kind } = found;
  if (link.usedAt)
    return {
      status: 410,
      title: 'Link already used',
      body: usedLinkBody(londonMomentInWords(link.usedAt), SAID[offer.status] ?? ''),
    };
  const open = offer.status === 'open' && !isPastExpiry(offer, now);
  if (!open)
    return {
      status: 410,
      title: 'Offer answered',
      body: offerAnsweredBody(
        message.first_name,
        isPastExpiry(offer, now) ? 'expired' : offer.status,
      ),
    };
  await auditLink(tx, c, 'link.opened', link, {}, now);
  return {
    status: error ? 400 : 200,
    title: error ? 'Error: a place for you' : 'A place for you',
    body: offerReplyBody(message, kind, error),
  };
}

export async function offerLinkAnswer(
  tx: Tx,
  c: Context<AppEnv>,
  link: ParticipantLink,
  now: Date,
): Promise<LinkAnswer> {
  const form = await c.req.parseBody();
  const reason = PERSON_DECLINE_REASONS.find((r) => r === form.reason);
  if (form.answer === 'decline' && !reason)
    return offerLinkPage(tx, c, link, now, 'Choose why you do not want the place');
  if (form.answer !== 'accept' && form.answer !== 'decline') return offerLinkPage(tx, c, link, now);
  const found = await offerOf(tx, link, now);
  if (!found) return linkNotFound();
  const input =
    form.answer === 'accept'
      ? ({ offerId: found.offer.id, outcome: 'accepted' } as const)
      : ({
          offerId: found.offer.id,
          outcome: 'declined',
          reason: reason as PersonDeclineReason,
        } as const);
  await runCommandIn(
    tx,
    {
      user: { ...SYSTEM_USER, id: link.id },
      scope: 'all',
      requestId: c.var.requestId,
      now,
      auditAs: { id: link.id, role: PARTICIPANT },
    },
    (r, cc) => answerOfferByLink(r, input, cc),
    { key: 'POST /offers/:id/outcome', params: { id: found.offer.id }, body: {} },
  );
  await markUsed(tx, link.id, now);
  return {
    status: 200,
    title: 'Answer recorded',
    body: offerAnsweredBody(found.message.first_name, input.outcome),
  };
}
