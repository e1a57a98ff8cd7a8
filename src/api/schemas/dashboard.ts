import { z } from 'zod/mini';
import { attendanceCodeSchema } from './attendance';
import { cohortStatusSchema, cohortSummarySchema, deliverySchema } from './cohorts';
import { idSchema, intSchema, isoDateSchema, text } from './common';
import { enrolmentStatusSchema } from './participants';
import { outcomeSummarySchema } from './outcomes';

/** The dashboard's filters: the only thing its query string carries (never patient data). */
export const dashboardFiltersSchema = z
  .object({
    from: z.optional(isoDateSchema),
    to: z.optional(isoDateSchema),
    status: z.optional(cohortStatusSchema),
    delivery: z.optional(deliverySchema),
    facilitator: z.optional(idSchema),
  })
  .check(
    z.refine((f) => !f.from || !f.to || f.from <= f.to, {
      path: ['to'],
      error: 'The end date must be on or after the start date',
    }),
  );
export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;

const count = intSchema.check(z.nonnegative());
const share = z.nullable(z.number().check(z.gte(0), z.lte(1)));
export const periodSchema = z.object({ from: isoDateSchema, to: isoDateSchema });

export const headlineSchema = z.object({
  cohorts: z.object({ running: count, planned: count }),
  places: z.object({ filled: count, capacity: count, share }),
  attendance: z.object({ attended: count, due: count, rate: share, period: periodSchema }),
  flags: z.object({ atRisk: count, breached: count }),
  /** Null for roles that do not see the waiting list (facilitators). */
  waiting: z.nullable(
    z.object({ count, medianWeeks: z.nullable(z.number().check(z.nonnegative())) }),
  ),
  vacancies: z.object({
    /** Places freed in the period that could be offered (before the late-joining cut-off). */
    offerable: count,
    filled: count,
    /** Places freed in the period after the cut-off: closed, never offered. */
    tooLate: count,
    medianDaysToFill: z.nullable(z.number().check(z.nonnegative())),
    period: periodSchema,
  }),
});
export type Headline = z.infer<typeof headlineSchema>;

export const weekPointSchema = z.object({
  week: intSchema.check(z.gte(1), z.lte(8)),
  attended: count,
  due: count,
  rate: share,
});
export const absenceMonthSchema = z.object({
  month: text(),
  code2: count,
  code3: count,
  code7: count,
});
export const waitingPointSchema = z.object({
  month: text(),
  date: isoDateSchema,
  waiting: count,
});
export const occupancyRowSchema = z.object({
  cohortId: idSchema,
  name: text(),
  status: cohortStatusSchema,
  filled: count,
  capacity: count,
});

export const dashboardSummarySchema = z.object({
  today: isoDateSchema,
  cohortCount: count,
  headline: headlineSchema,
  chartPeriod: periodSchema,
  charts: z.object({
    attendanceByWeek: z.array(weekPointSchema),
    absencesByMonth: z.array(absenceMonthSchema),
    waitingByMonth: z.nullable(z.array(waitingPointSchema)),
    occupancy: z.array(occupancyRowSchema),
  }),
  /** The outcome figures over the cohorts shown (everyone who has held a place in them), by
   * the same rules as a cohort's (src/domain/outcomes.ts). */
  outcomes: outcomeSummarySchema,
  /** Choices for the facilitator filter: staff running the cohorts this user may see. */
  facilitators: z.array(z.object({ id: idSchema, name: text() })),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

export const sessionTallySchema = z.object({
  sessionId: idSchema,
  number: intSchema,
  date: isoDateSchema,
  providerCancelled: z.boolean(),
  code5: count,
  code6: count,
  code7: count,
  code2: count,
  code3: count,
  unmarked: count,
});
export type SessionTally = z.infer<typeof sessionTallySchema>;

export const gridCellSchema = z.object({
  sessionNumber: intSchema,
  code: z.nullable(attendanceCodeSchema),
  state: z.enum(['marked', 'unmarked', 'future', 'not_enrolled']),
});
export type GridCell = z.infer<typeof gridCellSchema>;

export const participantProgressSchema = z.object({
  enrolmentId: idSchema,
  name: text(),
  status: enrolmentStatusSchema,
  cells: z.array(gridCellSchema),
  attended: count,
  absences: count,
  flag: z.enum(['ok', 'at_risk', 'breached']),
  completion: z.enum(['completed', 'on_track', 'cannot_complete']),
});
export type ParticipantProgress = z.infer<typeof participantProgressSchema>;

export const cohortDashboardSchema = z.object({
  today: isoDateSchema,
  cohort: cohortSummarySchema,
  completionMinSessions: intSchema,
  absenceThreshold: intSchema,
  attendance: z.object({ attended: count, due: count, rate: share }),
  completion: z.object({ completed: count, onTrack: count, cannotComplete: count }),
  sessions: z.array(sessionTallySchema),
  participants: z.array(participantProgressSchema),
});
export type CohortDashboard = z.infer<typeof cohortDashboardSchema>;
