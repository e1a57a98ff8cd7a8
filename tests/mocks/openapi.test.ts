import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvers } from '../../mocks/handlers';
import { ENDPOINT_ROWS as ROLE_MATRIX } from '../../mocks/endpoint-access';
import { buildOpenApi } from '../../mocks/openapi';
import { ENDPOINTS } from '../../src/api/endpoints';
import { errorAnswers } from '../../src/api/error-answers';

type Op = {
  'x-roles': string[];
  parameters?: { $ref?: string }[];
  responses: Record<string, unknown>;
  security?: unknown[];
};
const doc = buildOpenApi() as {
  paths: Record<string, Record<string, Op>>;
  components: { responses: Record<string, Json>; schemas: Record<string, Json> };
};
type Json = Record<string, unknown>;
/** The error answer a response refers to: its codes and the record its `current` refers to. */
function answerOf(response: unknown) {
  const name = ((response as { $ref: string }).$ref ?? '').replace('#/components/responses/', '');
  const { content } = doc.components.responses[name] as {
    content: { 'application/json': { schema: { allOf: [Json, { properties: Json }] } } };
  };
  const error = content['application/json'].schema.allOf[1].properties.error as {
    properties: { code: { enum: string[] }; current?: { $ref: string } };
  };
  return { codes: error.properties.code.enum, current: error.properties.current?.$ref };
}
const op = (method: string, path: string) =>
  doc.paths[path.replace(/:(\w+)/g, '{$1}')]![method.toLowerCase()]!;

describe('OpenAPI document (npm run api:spec)', () => {
  it('has an operation for every endpoint of ENDPOINTS, and a resolver in the mock for each', () => {
    const operations = Object.values(doc.paths).flatMap((methods) => Object.keys(methods));
    expect(operations).toHaveLength(Object.keys(ENDPOINTS).length);
    expect(Object.keys(resolvers).sort()).toEqual(Object.keys(ENDPOINTS).sort());
  });

  it('gives every endpoint exactly the roles the policy grants for its action', () => {
    for (const row of ROLE_MATRIX) {
      const operation = op(row.method, row.path);
      expect(operation['x-roles'], `${row.method} ${row.path}`).toEqual(
        row.roles === 'public' ? [] : [...row.roles],
      );
      if (row.roles === 'public') expect(operation.security).toEqual([]);
      else expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
  });

  it('documents 401 (and 429) on signing in and choosing a password: wrong credentials', () => {
    for (const path of ['/auth/login', '/auth/password']) {
      const { responses } = op('POST', path);
      expect(answerOf(responses[401]).codes).toEqual(['unauthenticated']);
      expect(answerOf(responses[429]).codes).toEqual(['too_many_attempts']);
    }
  });

  it('declares every error answer of the table, with its codes, and 412 with the record', () => {
    for (const [key, contract] of Object.entries(ENDPOINTS)) {
      const [method, path] = key.split(' ') as [string, string];
      const { responses } = op(method, path);
      const declared = [...errorAnswers(key, contract)];
      expect(
        Object.keys(responses).filter((s) => s >= '400'),
        key,
      ).toEqual(declared.map(([status]) => String(status)));
      for (const [status, answer] of declared)
        expect(answerOf(responses[status]).codes, `${key} ${status}`).toEqual(answer.codes);
    }
    // A stale mark carries the attendance record (or null), in the record's own schema.
    const stale = answerOf(
      op('PUT', '/sessions/:sessionId/attendance/:enrolmentId').responses[412],
    );
    const record = doc.components.schemas[stale.current!.replace('#/components/schemas/', '')];
    expect(record).toMatchObject({ anyOf: expect.arrayContaining([{ type: 'null' }]) });
    expect(answerOf(op('PATCH', '/settings').responses[412]).current).toBeDefined();
    expect(answerOf(op('POST', '/cohorts/:id/enrolments').responses[409]).codes).toEqual(
      expect.arrayContaining(['cohort_full', 'already_enrolled']),
    );
    expect(answerOf(op('GET', '/cohorts').responses[400]).current).toBeUndefined();
  });

  it('documents Idempotency-Key on every write and If-Match with 412/428 where versions are checked', () => {
    for (const row of ROLE_MATRIX) {
      const refs = (op(row.method, row.path).parameters ?? []).map((p) => p.$ref);
      expect(
        refs.includes('#/components/parameters/IdempotencyKey'),
        `${row.method} ${row.path}`,
      ).toBe(row.method !== 'GET');
    }
    expect(Object.keys(op('PATCH', '/settings').responses)).toEqual(
      expect.arrayContaining(['412', '428']),
    );
    expect(
      Object.keys(op('PUT', '/sessions/:sessionId/attendance/:enrolmentId').responses),
    ).toEqual(expect.arrayContaining(['412', '428']));
  });

  it('is never imported by the app, so it cannot ship in the bundle', () => {
    // The backends (src/backend, src/server) run in Node and may read the whole list.
    const files = (readdirSync('src', { recursive: true }) as string[]).filter(
      (f) => /\.tsx?$/.test(f) && !f.endsWith('endpoints.ts') && !/^(backend|server)\//.test(f),
    );
    const importers = files.filter((f) =>
      /from '[^']*(openapi\.json|\/endpoints)'/.test(readFileSync(join('src', f), 'utf8')),
    );
    expect(importers).toEqual([]);
  });
});
