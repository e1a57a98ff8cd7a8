import { z } from 'zod/mini';
import { ALERT_ACTIONS } from '../../domain/safety-alerts';
import {
  idSchema,
  intSchema,
  isoDateSchema,
  isoDateTimeSchema,
  text,
  versionSchema,
} from './common';

// Safety alerts: PHQ-9 item 9 above 0, raised at once, open until someone reviews it and says
// what was done (src/domain/safety-alerts.ts).

export const alertActionSchema = z.enum(ALERT_ACTIONS, {
  error: 'Choose what was done: called, urgent referral or no action',
});

export const safetyAlertSchema = z.object({
  id: idSchema,
  enrolmentId: idSchema,
  sessionId: idSchema,
  cohortId: idSchema,
  raisedAt: isoDateTimeSchema,
  raisedBy: idSchema,
  status: z.enum(['open', 'reviewed']),
  action: z.nullable(alertActionSchema),
  note: text(),
  reviewedBy: z.nullable(idSchema),
  reviewedAt: z.nullable(isoDateTimeSchema),
  version: versionSchema,
});
export type SafetyAlert = z.infer<typeof safetyAlertSchema>;

/** An open alert as the lists show it: who, which cohort and session (no answers). */
export const alertItemSchema = z.extend(safetyAlertSchema, {
  participantName: text(),
  cohortName: text(),
  sessionNumber: intSchema,
  sessionDate: isoDateSchema,
});
export type AlertItem = z.infer<typeof alertItemSchema>;
export const alertListSchema = z.object({ items: z.array(alertItemSchema) });

export const reviewAlertSchema = z
  .object({
    action: alertActionSchema,
    note: z.optional(
      text().check(z.trim(), z.maxLength(500, { error: 'Keep the note under 500 characters' })),
    ),
  })
  .check(
    z.refine((b) => b.action !== 'no_action' || (b.note ?? '').trim().length > 0, {
      error: 'Say why no action was needed',
      path: ['note'],
    }),
  );
export type ReviewAlert = z.infer<typeof reviewAlertSchema>;
