import { readFileSync } from 'node:fs';

/** Who holds a lock: the pid, and on Linux the boot and the process's start time, because a
 * pid alone is reused. After a reboot or a container restart the old server's pid (often 1)
 * may belong to a live process again, or to this very one; a lock naming it must still be
 * seen as stale. Where /proc is missing, the pid check alone decides. */
export interface ProcessIdentity {
  pid: number;
  boot: string | null;
  start: string | null;
}

export function processIdentity(pid: number = process.pid): ProcessIdentity {
  return { pid, boot: bootId(), start: procStat(pid)?.start ?? null };
}

/** Is the process that wrote this identity still running? */
export function isSameLiveProcess(owner: ProcessIdentity): boolean {
  if (!pidIsAlive(owner.pid)) return false;
  const stat = procStat(owner.pid);
  // A killed child not yet reaped by its parent still answers kill(pid, 0).
  if (stat?.state === 'Z') return false;
  const boot = bootId();
  if (owner.boot && boot && owner.boot !== boot) return false;
  if (owner.start && stat && owner.start !== stat.start) return false;
  return true;
}

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

/** /proc/<pid>/stat: the command name is in parentheses and may hold spaces, so fields are
 * counted after the last ')'; the state is field 3 and the start time (clock ticks) field 22. */
function procStat(pid: number): { state: string; start: string } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', start: fields[19] ?? '' };
  } catch {
    return null;
  }
}
