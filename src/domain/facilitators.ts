import { can, type Role } from './policy';

export interface StaffLike {
  id: string;
  role: Role;
  discipline: string | null;
  name?: string;
  /** A deactivated account is not offered for new cohorts (absent: active). */
  active?: boolean;
}

export const FACILITATOR_MIX_MESSAGE =
  'Include at least one psychology and one physiotherapy facilitator';

/** docs/domain.md: 2 or 3 staff facilitate, at least one psychology and one physiotherapy. */
export function hasDisciplineMix(disciplines: readonly (string | null | undefined)[]): boolean {
  return disciplines.includes('psychology') && disciplines.includes('physiotherapy');
}

/** What is wrong with a cohort's facilitators, given the staff list: unknown people,
 * deactivated accounts (except those in `kept`, already on the cohort: they stay until
 * reassigned), staff who may not facilitate (the policy's cohort.facilitate), the discipline
 * mix. Empty when fine. */
export function facilitatorProblems(
  ids: readonly string[],
  staff: readonly StaffLike[],
  kept: readonly string[] = [],
): string[] {
  const chosen = ids.map((id) => staff.find((s) => s.id === id));
  if (chosen.some((s) => !s)) return ['Choose facilitators from the staff list'];
  const people = chosen as StaffLike[];
  const gone = people.filter((s) => s.active === false && !kept.includes(s.id));
  if (gone.length > 0) {
    const names = gone.map((s) => s.name ?? 'Someone').join(', ');
    return [`${names}: deactivated, so not a facilitator for this cohort`];
  }
  const notFacilitators = people.filter((s) => !can(s.role, 'cohort.facilitate'));
  if (notFacilitators.length > 0) {
    return [
      `${notFacilitators.length === 1 ? 'One person chosen is' : 'Some people chosen are'} not a facilitator`,
    ];
  }
  return hasDisciplineMix(people.map((s) => s.discipline)) ? [] : [FACILITATOR_MIX_MESSAGE];
}
