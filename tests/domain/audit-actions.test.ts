import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../mocks/http';
import {
  AUDIT_ACTION_WORDS,
  AUDIT_ACTIONS,
  auditActionWords,
  isAuditAction,
  readableKey,
  type AuditAction,
} from '../../src/domain/audit-actions';
import { ChangeSet } from '../../src/domain/commands/change-set';
import type { AuditDraft } from '../../src/domain/commands/command';

// Every action the app can write has words. Two guards: the writers take an `AuditAction`
// (derived from the words table, so an action without words does not compile; the expected
// type errors in the last test fail `tsc -b` if a writer is widened back to `string`), and a
// scan of the source for the action names written at each call site, for any writer the types
// do not reach.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const ACTION_LIKE = /^[a-z]+([.-][a-z_-]+)+$/;

/** The string literals in a call's first arguments: `cs.audit('x', ...)`, `audit(ctx, 'x')`,
 * `auditSignIn(ctx, account, 'x')`, `cs.audit(open ? 'x' : 'y', ...)`. */
function literalsAtAuditCalls(text: string): string[] {
  const found: string[] = [];
  for (const call of text.matchAll(/\baudit\w*\(((?:[^;{}]|\{[^}]*\}){0,200}?)\)/gi)) {
    // The action is the first argument that holds an action-like literal (an entity such as
    // 'enrolment' has no dot or dash).
    const args = call[1]!.split(/,(?![^(]*\))/).slice(0, 4);
    const literals = args
      .map((a) => [...a.matchAll(/'([^']+)'/g)].map((m) => m[1]!))
      .find((each) => each.some((l) => ACTION_LIKE.test(l)));
    found.push(...(literals ?? []));
  }
  return found;
}

/** `action: 'x'` in a file that appends to the trail itself (appendAudit, audit.push). */
function actionProperties(text: string): string[] {
  if (!/appendAudit\(|audit\.push\(/.test(text)) return [];
  return [...text.matchAll(/\baction:\s*'([^']+)'/g)].map((m) => m[1]!);
}

const written = new Map<string, string>();
for (const file of [...sourceFiles('src'), ...sourceFiles('mocks')]) {
  const text = readFileSync(file, 'utf8');
  for (const action of [...literalsAtAuditCalls(text), ...actionProperties(text)])
    written.set(action, file);
}

describe('audit actions in words', () => {
  it('finds the actions written across the domain, the server and the mock', () => {
    // The scan reaches each kind of writer: a command, a ternary, the server's own, the mock's.
    for (const action of ['cohort.create', 'vacancy.closed', 'session.end-all', 'demo.reset'])
      expect(written.has(action), action).toBe(true);
    expect(written.size).toBeGreaterThan(25);
  });

  it('has words for every action the code writes', () => {
    const missing = [...written].filter(([action]) => !isAuditAction(action));
    expect(missing.map(([action, file]) => `${action} (${file})`)).toEqual([]);
  });

  it('says each action once, as a sentence, never as its key', () => {
    const words = AUDIT_ACTIONS.map((a) => AUDIT_ACTION_WORDS[a]);
    expect(new Set(words).size).toBe(words.length);
    for (const action of AUDIT_ACTIONS) {
      const said = AUDIT_ACTION_WORDS[action];
      expect(said, action).toMatch(/^[A-Z][a-z]/);
      expect(said, action).not.toMatch(/[._]|\.$/);
      expect(said.toLowerCase(), action).not.toBe(readableKey(action).toLowerCase());
    }
    expect(auditActionWords('flag.keep')).toBe('Kept after a breach');
  });

  it('reads an action it has no words for from its key', () => {
    expect(auditActionWords('enrolment.remove_old')).toBe('Enrolment remove old');
    expect(readableKey('sessionLengthMinutes')).toBe('Session length minutes');
    expect(readableKey('')).toBe('');
  });

  it('lets a writer name only an action with words (checked by tsc -b)', () => {
    const cs = new ChangeSet();
    // @ts-expect-error: an action with no words cannot be written by a command
    cs.audit('cohort.renamed', 'cohort', 'coh_1', null, null);
    // @ts-expect-error: nor drafted
    const draft: AuditDraft = { action: 'x.y', entity: 'e', entityId: 'i', before: 1, after: 2 };
    const fine: AuditAction = 'cohort.update';
    expect([draft.action, fine, cs.changes.audit[0]?.action]).toEqual([
      'x.y',
      'cohort.update',
      'cohort.renamed',
    ]);
    // The mock's writer: a type check only, never called here.
    // @ts-expect-error: the mock takes only an action with words
    const call = () => audit({} as Parameters<typeof audit>[0], 'demo.other', 's', 'd', 0, 0);
    expect(typeof call).toBe('function');
  });
});
