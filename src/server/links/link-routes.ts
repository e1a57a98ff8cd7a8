import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { requestNow } from '../../lib/clock';
import { Refusal } from '../../domain/commands/command';
import type { Tx } from '../db/database';
import type { AppEnv } from '../http/app-env';
import { page, type LinkAnswer } from './link-layout';
import { guardLink } from './link-guard';
import { cannotAttendAnswer, cannotAttendPage } from './cannot-attend-routes';
import { offerLinkPage, offerLinkAnswer } from './offer-reply-routes';
import { crisisHelp } from './questionnaire-page';
import { questionnaireAnswer, questionnairePage } from './questionnaire-routes';
import { optOutAnswer, optOutPage } from './opt-out-routes';
import { expiredLinkBody, linkNotFound, refusedAnswerBody, throttledBody } from './link-states';
import type { ParticipantLink } from './link-tokens';

// The pages a person's link opens, under /link/:token: no account, no staff app code, no
// script. GET shows what the link is for; POST (a plain form) answers it. Both run in one
// transaction with the guard (throttle, lookup, audit), so what a page showed and what an
// answer did are audited together.

export interface LinkRouteOptions {
  phone: string | null;
  trustedProxyHops: number;
}

type LinkHandler = (
  tx: Tx,
  c: Context<AppEnv>,
  link: ParticipantLink,
  now: Date,
) => Promise<LinkAnswer>;

const HANDLERS: Record<ParticipantLink['purpose'], { show: LinkHandler; answer: LinkHandler }> = {
  offer_reply: { show: offerLinkPage, answer: offerLinkAnswer },
  cannot_attend: { show: cannotAttendPage, answer: cannotAttendAnswer },
  questionnaire: { show: questionnairePage, answer: questionnaireAnswer },
  opt_out: { show: optOutPage, answer: optOutAnswer },
};

export function linkRoutes(options: LinkRouteOptions): Hono<AppEnv> {
  const links = new Hono<AppEnv>();
  const handle = (kind: 'show' | 'answer') => async (c: Context<AppEnv>) => {
    const now = requestNow(c.req.raw.headers);
    const answer = await c.var.db.transaction(async (tx) => {
      const guarded = await guardLink(
        tx,
        c,
        c.req.param('token') ?? '',
        now,
        options.trustedProxyHops,
      );
      if (guarded.state === 'throttled') {
        c.header('Retry-After', String(guarded.retryAfterSeconds));
        const minutes = Math.ceil(guarded.retryAfterSeconds / 60);
        return { status: 429, title: 'Too many tries', body: throttledBody(minutes) } as const;
      }
      if (guarded.state === 'unknown') return linkNotFound();
      if (guarded.state === 'expired') {
        // A questionnaire's every page, this one too, says where to get help now.
        const help = guarded.link.purpose === 'questionnaire' ? crisisHelp() : '';
        const body = html`${expiredLinkBody()}${help}`;
        return { status: 410, title: 'Link expired', body } as const;
      }
      // A used link's page says what was answered; the purpose knows how to say it.
      const handler = HANDLERS[guarded.link.purpose];
      if (guarded.state === 'used' || kind === 'show')
        return handler.show(tx, c, guarded.link, now);
      try {
        return await tx.transaction((inner) => handler.answer(inner, c, guarded.link, now));
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        return { status: 409, title: 'Answer not recorded', body: refusedAnswerBody() } as const;
      }
    });
    // Personal data: never kept by a browser or a proxy, never indexed.
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
    return c.html(
      page({ title: answer.title, phone: options.phone, body: answer.body }),
      answer.status,
    );
  };
  links.get('/:token', handle('show'));
  links.post('/:token', bodyLimit({ maxSize: 4 * 1024 }), handle('answer'));
  return links;
}
