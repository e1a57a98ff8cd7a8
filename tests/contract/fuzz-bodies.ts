import type { z } from 'zod/mini';

// Bodies built from an endpoint's own request schema, so a fuzz test reaches every string field
// of every endpoint without a hand-kept list: `sampleOf` gives a plausible value for each field
// (a date where a date is asked for), `stringPaths` names the fields a bad string can go into.

interface Def {
  type: string;
  format?: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  element?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  entries?: Record<string, string>;
  values?: unknown[];
}

const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'catch', 'readonly']);

function sampleString(format: string | undefined, today: string): string {
  if (format === 'date') return today;
  if (format === 'datetime') return `${today}T10:00:00.000Z`;
  if (format === 'email') return 'fuzz.tester@example.nhs.uk';
  if (format === 'url') return 'https://example.nhs.uk/join';
  return 'Fuzz text';
}

/** A value the schema's shape accepts (formats and enums respected; lengths and refinements
 * only by luck: each endpoint's own tests check its rules). */
export function sampleOf(schema: z.ZodMiniType, today: string): unknown {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) return sampleOf(def.innerType!, today);
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape!).map(([key, value]) => [key, sampleOf(value, today)]),
      );
    case 'string':
      return sampleString(def.format, today);
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries!)[0];
    case 'literal':
      return def.values![0];
    case 'array':
      return [sampleOf(def.element!, today)];
    case 'union':
      return sampleOf(def.options![0]!, today);
    case 'pipe':
      return sampleOf(def.in!, today);
    default:
      return {};
  }
}

/** Every path in a schema where a string goes (`availability.0.day` for arrays' items). */
export function stringPaths(schema: z.ZodMiniType, path: string[] = []): string[][] {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) return stringPaths(def.innerType!, path);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, value]) =>
        stringPaths(value, [...path, key]),
      );
    case 'string':
    case 'enum':
      return [path];
    case 'array':
      return stringPaths(def.element!, [...path, '0']);
    case 'union':
      return def.options!.flatMap((option) => stringPaths(option, path)).slice(0, 1);
    case 'pipe':
      return stringPaths(def.in!, path);
    default:
      return [];
  }
}

/** A copy of `body` with `value` at `path`. */
export function withValueAt(body: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const copy = (Array.isArray(body) ? [...body] : { ...(body as object) }) as Record<
    string,
    unknown
  >;
  copy[head] = withValueAt(copy[head], rest, value);
  return copy;
}
