import type { z } from 'zod/mini';
import { splitKey, successStatus, type EndpointContract } from '../../src/api/endpoint-contract';
import { ENDPOINT_KEYS, ENDPOINTS, type EndpointKey } from '../../src/api/endpoints';
import { errorAnswers } from '../../src/api/error-answers';
import { errorBodySchema } from '../../src/api/schemas/error';

// Every answer checked against its endpoint's description (ENDPOINTS): the success status with
// a body its response schema accepts, holding no key the schema does not name (a field the
// server leaks is a mismatch too); or the one error body, with a status and code the endpoint
// declares (src/api/error-answers.ts) and a `current` only where it declares one, in that schema. The contract suite's client
// and the integration tests' network (tests/setup.ts) run it on every answer.

/** Keys the raw answer holds that the schema's output dropped: fields the contract does not
 * name (a union's other branch included). */
function unnamedKeys(raw: unknown, parsed: unknown, path: string): string[] {
  if (Array.isArray(raw) && Array.isArray(parsed))
    return raw.flatMap((item, i) => unnamedKeys(item, parsed[i], `${path}[${i}]`));
  if (!raw || typeof raw !== 'object' || !parsed || typeof parsed !== 'object') return [];
  return Object.entries(raw).flatMap(([key, value]) =>
    key in parsed
      ? unnamedKeys(value, (parsed as Record<string, unknown>)[key], `${path}.${key}`)
      : value === undefined
        ? []
        : [`${path}.${key} is not in the schema`],
  );
}

function schemaProblems(schema: z.ZodMiniType, value: unknown, path: string): string[] {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    return parsed.error.issues.slice(0, 3).map((i) => `${path}.${i.path.join('.')}: ${i.message}`);
  return unnamedKeys(value, parsed.data, path);
}

/** What is wrong with an endpoint's answer by the contract; [] when nothing. */
export function answerProblems(key: EndpointKey, status: number, body: unknown): string[] {
  const contract: EndpointContract = ENDPOINTS[key];
  const problems = (found: string[]) => found.map((p) => `${key} ${status}: ${p}`);
  if (status < 400) {
    const expected = successStatus(key, contract);
    if (status !== expected) return problems([`a success answers ${expected}`]);
    return problems(schemaProblems(contract.response, body, 'body'));
  }
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return problems(['not the error body']);
  const answer = errorAnswers(key, contract).get(status);
  if (!answer) return problems(['a status this endpoint does not declare']);
  const { code, current } = parsed.data.error;
  if (!answer.codes.includes(code))
    return problems([`code ${code}; this status declares ${answer.codes.join(', ')}`]);
  const declared = answer.current;
  if (declared) return problems(schemaProblems(declared, current, 'error.current'));
  if (current !== undefined) return problems(['a `current` this status does not declare']);
  return problems(unnamedKeys(body, parsed.data, 'body'));
}

// Literal segments before parameters: "POST /referrals/search" before "POST /referrals/:id".
const MATCHERS = [...ENDPOINT_KEYS]
  .sort((a, b) => a.split(':').length - b.split(':').length)
  .map((key) => {
    const { method, path } = splitKey(key);
    const pattern = path.replace(/:\w+/g, '[^/]+');
    return { key, method, regex: new RegExp(`^(?:.*/api)?${pattern}$`) };
  });

/** The endpoint a request went to, by its method and path; undefined for none. */
export function endpointOf(method: string, url: string): EndpointKey | undefined {
  const { pathname } = new URL(url, 'http://localhost');
  return MATCHERS.find((m) => m.method === method && m.regex.test(pathname))?.key;
}
