/** JSON with object keys sorted at every level and no whitespace: the same value always gives
 * the same text, whatever order its keys were built or stored in (jsonb reorders them). Used
 * for the audit chain's hashes and for an idempotent request's body hash. `undefined` members
 * are dropped and Dates become ISO strings, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value ?? null))));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  return value;
}
