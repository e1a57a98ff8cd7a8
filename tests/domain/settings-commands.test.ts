import { describe, expect, it } from 'vitest';
import { updateSettings } from '../../src/domain/commands/settings';
import { SETTINGS, contextFor, frozen, refusalOf } from './offer-records';

describe('updateSettings', () => {
  it('stores the new values as the next version, audited with before and after', () => {
    const r = frozen({ settings: { ...SETTINGS } });
    const values = { absenceThreshold: 2, lateJoinCutoffSession: 4, completionMinSessions: 5 };
    const { changes, result } = updateSettings(r, { ...values, version: 4 }, contextFor());
    // Signposting not sent: kept as it was.
    expect(result).toEqual({ ...SETTINGS, ...values, version: 5 });
    expect(changes.settings).toEqual(result);
    expect(changes.put).toEqual({});
    expect(changes.audit).toEqual([
      {
        action: 'settings.update',
        entity: 'settings',
        entityId: 'service',
        before: SETTINGS,
        after: result,
      },
    ]);
  });

  it('changes the signposting words when they are sent', () => {
    const r = frozen({ settings: { ...SETTINGS } });
    const camdenSignpost = 'Camden residents: refer to the Camden MSK service on 020 7000 0000.';
    const { result } = updateSettings(r, { ...SETTINGS, camdenSignpost }, contextFor());
    expect(result).toMatchObject({ camdenSignpost, otherAreaSignpost: SETTINGS.otherAreaSignpost });
  });

  it('changes the session limits when they are sent and keeps them when not', () => {
    const r = frozen({ settings: { ...SETTINGS } });
    const { result } = updateSettings(
      r,
      { ...SETTINGS, sessionIdleMinutes: 30, sessionMaxHours: 9 },
      contextFor(),
    );
    expect(result).toMatchObject({ sessionIdleMinutes: 30, sessionMaxHours: 9 });
    const kept = updateSettings(
      r,
      { absenceThreshold: 2, lateJoinCutoffSession: 3, completionMinSessions: 6, version: 4 },
      contextFor(),
    ).result;
    expect(kept).toMatchObject({
      sessionIdleMinutes: SETTINGS.sessionIdleMinutes,
      sessionMaxHours: SETTINGS.sessionMaxHours,
    });
  });

  it('refuses a version that is not the latest (If-Match), with the current settings', () => {
    const e = refusalOf(() =>
      updateSettings(
        { settings: SETTINGS },
        { ...SETTINGS, absenceThreshold: 2, version: 3 },
        contextFor(),
      ),
    );
    expect(e.code).toBe('stale_version');
    expect(e.current).toEqual(SETTINGS);
  });
});
