/** Finding a person by name or NHS number (the enrol dialog): the rule both backends answer by.
 * The mock runs it over its records; the server says the same in SQL
 * (src/server/db/people-query.ts). A name matches on "given family" containing the text, lower
 * case, runs of spaces as one; an NHS number when the text is at least 3 digits (spaces
 * ignored) found anywhere in it. At most `PEOPLE_SEARCH_LIMIT`, in id order. */
export const PEOPLE_SEARCH_LIMIT = 25;

export function peopleNeedles(q: string): { name: string; digits: string | null } {
  const digits = q.replace(/\s/g, '');
  return {
    name: q.toLowerCase().replace(/\s+/g, ' '),
    digits: /^\d{3,}$/.test(digits) ? digits : null,
  };
}

export function findPeople<
  P extends { id: string; givenName: string; familyName: string; nhsNumber: string },
>(people: readonly P[], q: string): P[] {
  const { name, digits } = peopleNeedles(q);
  return people
    .filter(
      (p) =>
        `${p.givenName} ${p.familyName}`.toLowerCase().includes(name) ||
        (digits !== null && p.nhsNumber.includes(digits)),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, PEOPLE_SEARCH_LIMIT);
}
