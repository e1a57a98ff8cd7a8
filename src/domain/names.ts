/** How a person is named on screen and in messages: given name, then family name. */
export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

/** The first of a person's given names: all a message or a link's page may call them. */
export function firstNameOf(person: { givenName: string }): string {
  return person.givenName.trim().split(/\s+/)[0] ?? '';
}
