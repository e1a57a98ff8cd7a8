import { z } from 'zod/mini';
import { idSchema, intSchema, isoDateSchema, isoDateTimeSchema, text } from './common';
import { ROLES } from '../../domain/policy';

/** Who acted: a role, or no one signed in (a sign-in attempt for an email no account has, or a
 * refused single sign-on by an identity no account is bound to). */
export const ANONYMOUS = 'anonymous';
/** The server's own scheduled work (an offer expiring by itself): actor id and role 'system'. */
export const SYSTEM = 'system';
/** A person on the course, acting through a link sent to them: the actor id is the link's. */
export const PARTICIPANT = 'participant';
export const auditActorRoleSchema = z.enum([...ROLES, ANONYMOUS, SYSTEM, PARTICIPANT]);

export const auditEventSchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actorId: idSchema,
  actorRole: auditActorRoleSchema,
  action: text(),
  entity: text(),
  entityId: idSchema,
  before: z.nullable(z.unknown()),
  after: z.nullable(z.unknown()),
  requestId: text(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** docs/domain.md "flag": a participant at risk of, or in breach of, the absence threshold. */
export const flagSchema = z.object({
  enrolmentId: idSchema,
  participantId: idSchema,
  cohortId: idSchema,
  status: z.enum(['at_risk', 'breached']),
  absences: intSchema.check(z.nonnegative()),
  openedOn: isoDateSchema,
  reviewedAt: z.nullable(isoDateTimeSchema),
});
export type Flag = z.infer<typeof flagSchema>;
