import type { ServiceSettings, SettingsUpdate } from '../../api/schemas/settings';
import { expectVersion, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';

/** The fields a change left out keep their value (null is a value: it clears). */
function keepUnsent<K extends keyof SettingsUpdate & keyof ServiceSettings>(
  input: SettingsUpdate,
  was: ServiceSettings,
  keys: K[],
): Pick<ServiceSettings, K> {
  const out = {} as Pick<ServiceSettings, K>;
  for (const k of keys) out[k] = (input[k] === undefined ? was[k] : input[k]) as ServiceSettings[K];
  return out;
}

/** PATCH /settings: the service-wide rules, changed only from the version the admin saw.
 * Flags are derived from attendance and the threshold on every read, so a new threshold
 * re-evaluates every flag at once; the change itself is audited. */
export function updateSettings(
  r: { settings: ServiceSettings },
  /** The new values, and in `version` the version the admin saw (If-Match). */
  input: SettingsUpdate & { version: number },
  _ctx: CommandContext,
): Outcome<ServiceSettings> {
  expectVersion(input.version, r.settings);
  const cs = new ChangeSet();
  const next: ServiceSettings = {
    absenceThreshold: input.absenceThreshold,
    lateJoinCutoffSession: input.lateJoinCutoffSession,
    completionMinSessions: input.completionMinSessions,
    camdenSignpost: input.camdenSignpost ?? r.settings.camdenSignpost,
    otherAreaSignpost: input.otherAreaSignpost ?? r.settings.otherAreaSignpost,
    offerSmsTemplateId:
      input.offerSmsTemplateId === undefined
        ? r.settings.offerSmsTemplateId
        : input.offerSmsTemplateId,
    offerEmailTemplateId:
      input.offerEmailTemplateId === undefined
        ? r.settings.offerEmailTemplateId
        : input.offerEmailTemplateId,
    ...keepUnsent(input, r.settings, [
      'materialSmsTemplateId',
      'materialEmailTemplateId',
      'topicMaterials',
      'groupSmsTemplateId',
      'groupEmailTemplateId',
      'reminderDayBeforeAt',
      'reminderTwoHoursBefore',
      'reminderSmsTemplateId',
      'reminderEmailTemplateId',
    ]),
    sessionIdleMinutes: input.sessionIdleMinutes ?? r.settings.sessionIdleMinutes,
    temporaryPasswordHours: input.temporaryPasswordHours ?? r.settings.temporaryPasswordHours,
    sessionMaxHours: input.sessionMaxHours ?? r.settings.sessionMaxHours,
    version: r.settings.version + 1,
  };
  cs.changes.settings = next;
  cs.audit('settings.update', 'settings', 'service', r.settings, next);
  return cs.done(next);
}
