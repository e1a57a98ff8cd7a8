import type { Context } from 'hono';
import { PARTICIPANT } from '../../api/schemas/audit';
import type { AuditAction } from '../../domain/audit-actions';
import { appendAudit } from '../audit-chain';
import type { Tx } from '../db/database';
import type { AppEnv } from '../http/app-env';
import { clientAddress } from '../http/client-address';
import { findLink, type LinkLookup } from './link-tokens';
import { recordWrongToken, takeGuessTurn, waitBeforeLink } from './link-throttle';
import { LINK_SUBJECTS } from './link-purposes';

// Every request that carries a token passes here first, in its transaction: a throttled
// address is refused before the token is looked up; a token that matches no link counts
// against the address. Each refusal is audited (actor role 'participant': someone holding, or
// guessing, a link), without the token or anything from which it could be found.

export type Guarded = { state: 'throttled'; retryAfterSeconds: number } | LinkLookup;

export async function guardLink(
  tx: Tx,
  c: Context<AppEnv>,
  token: string,
  now: Date,
  trustedProxyHops: number,
): Promise<Guarded> {
  const address = clientAddress(c, trustedProxyHops);
  await takeGuessTurn(tx, address);
  const wait = await waitBeforeLink(tx, address, now);
  if (wait > 0) {
    await auditLink(tx, c, 'link.throttled', null, { reason: 'throttled' }, now);
    return { state: 'throttled', retryAfterSeconds: Math.ceil(wait / 1000) };
  }
  const found = await findLink(tx, token, now, { lock: c.req.method === 'POST' });
  if (found.state === 'unknown') {
    await recordWrongToken(tx, address, now);
    await auditLink(tx, c, 'link.refused', null, { reason: 'unknown' }, now);
  } else if (found.state !== 'open')
    await auditLink(tx, c, 'link.refused', found.link, { reason: found.state }, now);
  return found;
}

/** An audit entry by the link's holder: the link's id as actor, its subject as the record. */
export async function auditLink(
  tx: Tx,
  c: Context<AppEnv>,
  action: AuditAction,
  link: { id: string; purpose: keyof typeof LINK_SUBJECTS; subjectId: string } | null,
  after: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await appendAudit(tx, {
    actorId: link?.id ?? 'unknown-link',
    actorRole: PARTICIPANT,
    action,
    entity: link ? LINK_SUBJECTS[link.purpose] : 'link',
    entityId: link?.subjectId ?? 'unknown-link',
    before: null,
    after: { ...after, ...(link ? { purpose: link.purpose } : {}) },
    requestId: c.var.requestId,
    at: now,
  });
}
