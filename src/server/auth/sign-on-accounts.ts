import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AuditAction } from '../../domain/audit-actions';
import { appendAudit } from '../audit-chain';
import type { Db, Tx } from '../db/database';
import { staffAccounts } from '../db/domain-tables';
import type { SignOnIdentity } from './oidc';
import { startSession } from './sessions';

// Which staff account a single sign-on identity is. An account is bound to the
// provider's issuer and subject; once bound, only that pair finds it. An email match binds a
// pre-created account at its first single sign-on only: an account bound already is never
// found by email again, so a changed or reused address at the provider cannot take it over.
// An unknown identity or a switched-off account is refused, and the attempt is audited.

export type SignOnRefusal = 'unknown' | 'deactivated';
export type SignOnOutcome =
  { ok: true; token: string; staffId: string } | { ok: false; reason: SignOnRefusal };

/** Who an unknown identity is in the audit trail: nobody signed in. */
export const ANONYMOUS = 'anonymous';

type Account = typeof staffAccounts.$inferSelect;

export function signInByIdentity(
  db: Db,
  identity: SignOnIdentity,
  requestId: string,
): Promise<SignOnOutcome> {
  // One transaction: the binding, the session and the audit entries commit together, and a
  // refusal's audit entry commits as well (the outcome is returned, not thrown).
  return db.transaction(async (tx) => {
    const audit = (
      actor: Account | null,
      action: AuditAction,
      after: Record<string, unknown>,
    ): Promise<unknown> =>
      appendAudit(tx, {
        actorId: actor?.id ?? ANONYMOUS,
        actorRole: actor?.role ?? ANONYMOUS,
        action,
        entity: actor ? 'staff' : 'sign-on identity',
        entityId: actor?.id ?? identity.subject.slice(0, 64),
        after: { method: 'single sign-on', issuer: identity.issuer, ...after },
        requestId,
      });

    let account = await boundAccount(tx, identity);
    if (!account && identity.email) {
      const unbound = await unboundAccountByEmail(tx, identity.email);
      if (unbound && !unbound.active) account = unbound;
      else if (unbound && (await bind(tx, unbound, identity))) {
        account = unbound;
        await audit(account, 'staff.sso-link', { subject: identity.subject });
      } else if (unbound) account = await boundAccount(tx, identity); // bound meanwhile
    }
    if (!account) {
      await audit(null, 'session.sign-in-refused', {
        reason: 'unknown',
        subject: identity.subject,
        email: identity.email,
      });
      return { ok: false, reason: 'unknown' };
    }
    if (!account.active) {
      await audit(account, 'session.sign-in-refused', { reason: 'deactivated' });
      return { ok: false, reason: 'deactivated' };
    }
    const token = await startSession(tx, account.id);
    await audit(account, 'session.sign-in', {});
    return { ok: true, token, staffId: account.id };
  });
}

async function boundAccount(tx: Tx, identity: SignOnIdentity): Promise<Account | undefined> {
  const [account] = await tx
    .select()
    .from(staffAccounts)
    .where(
      and(
        eq(staffAccounts.oidcIssuer, identity.issuer),
        eq(staffAccounts.oidcSubject, identity.subject),
      ),
    );
  return account;
}

async function unboundAccountByEmail(tx: Tx, email: string): Promise<Account | undefined> {
  const [account] = await tx
    .select()
    .from(staffAccounts)
    .where(
      and(sql`lower(${staffAccounts.email}) = lower(${email})`, isNull(staffAccounts.oidcSubject)),
    );
  return account;
}

/** Binds the account if it is still unbound (a concurrent first sign-in binds it once). */
async function bind(tx: Tx, account: Account, identity: SignOnIdentity): Promise<boolean> {
  const bound = await tx
    .update(staffAccounts)
    .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject })
    .where(and(eq(staffAccounts.id, account.id), isNull(staffAccounts.oidcSubject)))
    .returning({ id: staffAccounts.id });
  return bound.length === 1;
}
