import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../startup-error';
import { isSameLiveProcess, processIdentity, type ProcessIdentity } from './process-identity';

export const LOCK_FILE = 'server.lock';

/** Locks this process hold, so a second start in the same process is refused too (the pid in
 * the file is ours, yet it is not a leftover of an earlier life of this pid). */
const held = new Set<string>();

export interface DataDirLock {
  path: string;
  release(): void;
}

/** One server per data folder: two PGlite processes on one folder corrupt it. The lock file
 * holds the owner's process id; a lock whose process is gone (SIGKILL, power cut) is taken
 * over at once, so a restart just works, while a live owner makes this start fail. */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Patient data: readable by the server's user only, also when the folder already existed
  // (unless another user owns it, which is the operator's choice).
  try {
    chmodSync(dataDir, 0o700);
  } catch {
    // EPERM: not ours to change.
  }
  const path = join(dataDir, LOCK_FILE);
  if (!tryCreate(path)) takeOver(path);
  held.add(path);
  const onExit = () => release();
  const release = () => {
    if (!held.delete(path)) return;
    process.off('exit', onExit);
    // Only our own lock: after a takeover race the file may name someone else.
    if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
  };
  process.on('exit', onExit);
  return { path, release };
}

function tryCreate(path: string): boolean {
  try {
    writeLock(path, 'wx');
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** Replace a stale lock. A mkdir guard makes two starters that both found the same stale lock
 * take turns, so only one of them can replace it; the other then finds a live owner. */
function takeOver(path: string): void {
  const guard = `${path}.takeover`;
  try {
    mkdirSync(guard);
  } catch {
    // A guard left by a starter killed mid-takeover is cleared after a few seconds.
    if (Date.now() - statSync(guard).mtimeMs < 5000) refuse(path, readOwner(path));
    rmSync(guard, { recursive: true, force: true });
    mkdirSync(guard);
  }
  try {
    const owner = readOwner(path);
    if (owner && (held.has(path) || isSameLiveProcess(owner))) refuse(path, owner);
    const temp = `${path}.${process.pid}.tmp`;
    writeLock(temp, 'w');
    renameSync(temp, path);
  } finally {
    rmSync(guard, { recursive: true, force: true });
  }
}

function refuse(path: string, owner: ProcessIdentity | null): never {
  const who = owner ? `process ${owner.pid}` : 'another process';
  throw new StartupError(
    `Another server (${who}) is using this data folder (lock file ${path}). ` +
      'Stop it first, or start this one with another DATA_DIR.',
  );
}

function writeLock(path: string, flag: 'wx' | 'w'): void {
  const fd = openSync(path, flag, 0o600);
  try {
    writeSync(fd, `${JSON.stringify(processIdentity())}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** null for a missing, empty or half-written file (a crash between create and write). */
function readOwner(path: string): ProcessIdentity | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as ProcessIdentity;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}
