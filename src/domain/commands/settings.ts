import type { ServiceSettings, SettingsUpdate } from '../../api/schemas/settings';
import { expectVersion, type CommandContext, type Outcome } from './command';
import { ChangeSet } from './change-set';

type Optional =
  | 'materialSmsTemplateId'
  | 'materialEmailTemplateId'
  | 'topicMaterials'
  | 'groupSmsTemplateId'
  | 'groupEmailTemplateId';

/** A field left out of the change keeps its value (null is a value: it clears a template). */
function keptUnlessGiven<K extends Optional>(
  input: Partial<Pick<ServiceSettings, K>>,
  current: ServiceSettings,
  keys: readonly K[],
): Pick<ServiceSettings, K> {
  const out = {} as Pick<ServiceSettings, K>;
  for (const k of keys)
    out[k] = input[k] === undefined ? current[k] : (input[k] as ServiceSettings[K]);
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
    ...keptUnlessGiven(input, r.settings, [
      'materialSmsTemplateId',
      'materialEmailTemplateId',
      'topicMaterials',
      'groupSmsTemplateId',
      'groupEmailTemplateId',
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
