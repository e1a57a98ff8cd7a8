// A temporary password an admin reads out or sends is a secret in more hands than one: it
// works only until the person chooses their own, and only for a while (a service setting,
// 72 hours by default). After that an admin sets a new one.

export const TEMPORARY_PASSWORD_HOURS = { default: 72, min: 1, max: 168 } as const;

/** Whether a temporary password set at `setAt` (ISO) has expired at `now`. No time recorded
 * (one set before expiry was kept) counts as set now: it is not refused retroactively. */
export function temporaryPasswordExpired(
  setAt: string | null | undefined,
  now: Date,
  hours: number,
): boolean {
  if (!setAt) return false;
  return now.getTime() - Date.parse(setAt) >= hours * 3_600_000;
}

export const TEMPORARY_PASSWORD_EXPIRED =
  'This temporary password has expired: ask an admin to set a new one.';
