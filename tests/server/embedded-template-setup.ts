import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run keeps its migrated embedded database (embedded-template.ts). */
    embeddedTemplateRoot: string;
  }
}

/** The server project's globalSetup: a folder for this run's template, removed at the end.
 * The template itself is made on first use, so a run that needs none makes none. */
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'server-test-template-'));
  project.provide('embeddedTemplateRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}
