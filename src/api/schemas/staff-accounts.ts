import { z } from 'zod/mini';
import { needsDiscipline } from '../../domain/staff';
import { idSchema, shortText, versionSchema, text } from './common';
import { disciplineSchema, roleSchema, staffUserSchema, type Role } from './staff';

// The staff accounts page: the accounts as admins and managers see them, and the
// bodies that add and change them. The forms validate with these same schemas.

/** A staff account as stored: the signed-in user's fields, whether it may sign in, and why it
 * was switched off. Never a password or its hash. */
export const staffAccountSchema = z.extend(staffUserSchema, {
  active: z.boolean(),
  deactivationReason: z.nullable(text()),
  version: versionSchema,
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

/** A cohort the person facilitates that has not ended: what to reassign when they leave. */
export const facilitatedCohortSchema = z.object({ id: idSchema, name: text() });

export const staffAccountViewSchema = z.extend(staffAccountSchema, {
  cohorts: z.array(facilitatedCohortSchema),
});
export type StaffAccountView = z.infer<typeof staffAccountViewSchema>;
export const staffAccountListSchema = z.object({ items: z.array(staffAccountViewSchema) });

/** How each role and discipline reads on the staff page. */
export const ROLE_NAMES: Record<Role, string> = {
  facilitator: 'Facilitator',
  admin: 'Service admin',
  manager: 'Service manager',
};
export const DISCIPLINE_NAMES: Record<z.infer<typeof disciplineSchema>, string> = {
  psychology: 'Psychology',
  physiotherapy: 'Physiotherapy',
};

export const staffNameSchema = shortText('Name', 120);
/** Emails compare whatever their case, so they are kept in lower case. */
export const staffEmailSchema = text({ error: 'Enter an email address like name@nhs.net' }).check(
  z.trim(),
  z.toLowerCase(),
  z.maxLength(254, { error: 'An email address is at most 254 characters' }),
  z.email({ error: 'Enter an email address like name@nhs.net' }),
);
export const deactivationReasonSchema = shortText('Reason', 300);

const DISCIPLINE_MESSAGE = "Choose the facilitator's discipline";
/** Facilitators need a discipline (a cohort needs one of each); other roles have none. */
const disciplineRule = z.refine<{ role: Role; discipline: string | null }>(
  (v) => !needsDiscipline(v.role) || v.discipline !== null,
  { path: ['discipline'], error: DISCIPLINE_MESSAGE },
);

/** Name, role and discipline: the edit form. */
export const staffDetailsSchema = z
  .object({ name: staffNameSchema, role: roleSchema, discipline: z.nullable(disciplineSchema) })
  .check(disciplineRule);
export type StaffDetails = z.infer<typeof staffDetailsSchema>;

/** POST /staff: the add form. */
export const newStaffSchema = z
  .object({
    name: staffNameSchema,
    email: staffEmailSchema,
    role: roleSchema,
    discipline: z.nullable(disciplineSchema),
  })
  .check(disciplineRule);
export type NewStaff = z.infer<typeof newStaffSchema>;

/** The deactivate dialog. */
export const deactivationSchema = z.object({ reason: deactivationReasonSchema });

/** PATCH /staff/:id: any of name, role and discipline; `{ active: false, reason }` to
 * deactivate; `{ active: true }` to reactivate. The rules across records (the last active
 * admin, a facilitator's discipline after a change of role) are the domain's
 * (src/domain/commands/staff.ts). */
export const updateStaffSchema = z
  .object({
    name: z.optional(staffNameSchema),
    role: z.optional(roleSchema),
    discipline: z.optional(z.nullable(disciplineSchema)),
    active: z.optional(z.boolean()),
    reason: z.optional(deactivationReasonSchema),
  })
  .check(
    z.refine((v) => v.active !== false || v.reason !== undefined, {
      path: ['reason'],
      error: 'Reason is required',
    }),
  );
export type UpdateStaff = z.infer<typeof updateStaffSchema>;

/** POST /staff/:id/temporary-password: shown once, never stored as typed. */
export const temporaryPasswordSchema = z.object({
  password: text().check(z.minLength(12)),
  account: staffAccountViewSchema,
});
