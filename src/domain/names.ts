/** How a person is named on screen and in messages: given name, then family name. */
export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}
