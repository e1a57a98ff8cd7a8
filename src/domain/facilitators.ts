import { can, type Role } from './policy';

export interface StaffLike {
  id: string;
  role: Role;
  discipline: string | null;
}

export const FACILITATOR_MIX_MESSAGE =
  'Include at least one psychology and one physiotherapy facilitator';

/** DOMAIN.md: 2 or 3 staff facilitate, at least one psychology and one physiotherapy. */
export function hasDisciplineMix(disciplines: readonly (string | null | undefined)[]): boolean {
  return disciplines.includes('psychology') && disciplines.includes('physiotherapy');
}

/** What is wrong with a cohort's facilitators, given the staff list: unknown people, staff who
 * may not facilitate (the policy's cohort.facilitate), the discipline mix. Empty when fine. */
export function facilitatorProblems(ids: readonly string[], staff: readonly StaffLike[]): string[] {
  const chosen = ids.map((id) => staff.find((s) => s.id === id));
  if (chosen.some((s) => !s)) return ['Choose facilitators from the staff list'];
  const people = chosen as StaffLike[];
  const notFacilitators = people.filter((s) => !can(s.role, 'cohort.facilitate'));
  if (notFacilitators.length > 0) {
    return [
      `${notFacilitators.length === 1 ? 'One person chosen is' : 'Some people chosen are'} not a facilitator`,
    ];
  }
  return hasDisciplineMix(people.map((s) => s.discipline)) ? [] : [FACILITATOR_MIX_MESSAGE];
}
