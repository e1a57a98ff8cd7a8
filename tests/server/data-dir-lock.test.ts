import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockDataDir } from '../../src/server/db/data-dir-lock';
import { processIdentity } from '../../src/server/db/process-identity';
import { StartupError } from '../../src/server/startup-error';

let dir: string;
let lockFile: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lock-test-'));
  lockFile = join(dir, LOCK_FILE);
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** A pid that existed and has exited (and been reaped): what a SIGKILLed server leaves. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid ?? 999_999;
}

describe('the data folder lock', () => {
  it('holds this process id, is private, and is removed on release', () => {
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    lock.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('refuses a second server while the first is alive, naming it', () => {
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    children.push(other);
    writeFileSync(lockFile, JSON.stringify(processIdentity(other.pid)));
    expect(() => lockDataDir(dir)).toThrow(StartupError);
    expect(() => lockDataDir(dir)).toThrow(`Another server (process ${other.pid}) is using`);
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(other.pid);
  });

  it('refuses a second start in this same process', () => {
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/Another server/);
    lock.release();
  });

  it('takes over at once a lock whose process is gone (a restart after SIGKILL)', () => {
    writeFileSync(lockFile, JSON.stringify({ pid: deadPid(), boot: null, start: null }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose pid is alive but is another process (pid reused after a restart)', () => {
    // Our own pid, as a container restart gives the new server the old one's pid (often 1).
    writeFileSync(lockFile, JSON.stringify({ ...processIdentity(), start: '1' }));
    lockDataDir(dir).release();
    writeFileSync(lockFile, JSON.stringify({ ...processIdentity(), boot: 'an-earlier-boot' }));
    lockDataDir(dir).release();
  });

  it('takes over an empty or half-written lock (a crash while writing it)', () => {
    writeFileSync(lockFile, '{"pi');
    lockDataDir(dir).release();
  });
});
