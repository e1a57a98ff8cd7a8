import { todayIso } from '../../domain/dates';
import { chooseOfferChannel } from '../../domain/offer-message';
import { offerMessageOf, recordOfferMessage } from '../../domain/commands/offer-messages';
import type { Db } from '../db/database';
import { readSnapshot } from '../db/records';
import type { Logger } from '../logger';
import { SYSTEM_USER } from '../offer-expiry-job';
import { offerLocks } from '../db/row-locks';
import { runCommandIn } from '../routes/write-context';
import { issueLink } from '../links/link-tokens';
import { LINK_PATH } from '../links/link-purposes';
import { NotifyError, type Notifier } from './notify-client';

// Once an offer has committed, its message goes by GOV.UK Notify: a text to a
// mobile first, else an email, when the service has a template for it. Never inside the
// offer's transaction (a slow or failed send holds no lock and never undoes the offer), and
// never thrown: a refusal is recorded on the offer's contact log, with a reason that holds no
// personal data, and audited, so staff see that they must contact the person by hand.

export type SendResult = 'sent' | 'not-sent' | 'no-channel' | 'not-open';

export async function sendOfferMessage(
  db: Db,
  notifier: Notifier,
  options: {
    offerId: string;
    now: Date;
    requestId: string;
    log: Logger;
    /** Where the person's link opens (APP_ORIGIN): `<origin>/link/<token>`. */
    linkOrigin: string;
  },
): Promise<SendResult> {
  const { offerId, now, log } = options;
  const records = await readSnapshot(db, {});
  const offer = records.offers.find((o) => o.id === offerId);
  if (!offer || offer.status !== 'open') return 'not-open';
  const message = offerMessageOf(records, offer, todayIso(now));
  const route = message && chooseOfferChannel(message, records.settings);
  if (!message || !route) return 'no-channel';
  const referral = records.referrals.find((r) => r.id === offer.referralId);
  if (!referral) return 'no-channel';
  // The link lives as long as the offer can be answered; only its hash is stored.
  const link = await issueLink(db, {
    purpose: 'offer_reply',
    participantId: referral.participantId,
    subjectId: offer.id,
    expiresAt: offer.expiresAt,
    now,
  });
  let sent: { messageId: string } | { reason: string };
  try {
    const { id } = await notifier.send({
      channel: route.channel,
      templateId: route.templateId,
      to: route.to,
      personalisation: {
        ...message.personalisation,
        reply_link: `${options.linkOrigin}${LINK_PATH}/${link.token}`,
      },
      reference: offer.id,
    });
    sent = { messageId: id };
  } catch (error) {
    const reason =
      error instanceof NotifyError ? error.message : 'GOV.UK Notify: the message was not sent';
    // The offer's id and the kind of failure: never the number, address or message.
    log.warn({ offerId, channel: route.channel, reason }, 'offer message not sent');
    sent = { reason };
  }
  await db.transaction((tx) =>
    runCommandIn(
      tx,
      {
        user: SYSTEM_USER,
        scope: 'all',
        requestId: options.requestId,
        now,
        auditAs: { id: 'system', role: 'system' },
      },
      (r, cc) => recordOfferMessage(r, { offerId, channel: route.channel, sent }, cc),
      { locks: (locking) => offerLocks(locking, offerId) },
    ),
  );
  return 'messageId' in sent ? 'sent' : 'not-sent';
}
