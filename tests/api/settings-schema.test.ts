import { describe, expect, it } from 'vitest';
import { updateSettingsSchema } from '../../src/api/schemas/settings';

// The GOV.UK Notify template ids, as both backends and the form take them.

const base = { absenceThreshold: 2, lateJoinCutoffSession: 3, completionMinSessions: 6 };
const parse = (offerSmsTemplateId: unknown) =>
  updateSettingsSchema.safeParse({ ...base, offerSmsTemplateId });

describe('settings: Notify template ids', () => {
  it('takes a UUID (in lower case), clears with null or an empty field, keeps when left out', () => {
    expect(parse(' ABCDEF01-2345-6789-ABCD-EF0123456789 ').data?.offerSmsTemplateId).toBe(
      'abcdef01-2345-6789-abcd-ef0123456789',
    );
    expect(parse(null).data?.offerSmsTemplateId).toBeNull();
    expect(parse('  ').data?.offerSmsTemplateId).toBeNull();
    const left = updateSettingsSchema.safeParse(base);
    expect(left.success && left.data.offerSmsTemplateId).toBeUndefined();
  });

  it('refuses anything else, saying what to paste', () => {
    for (const bad of ['template-1', '12345', 42, 'abcdef01-2345-6789-abcd-ef012345678g']) {
      const result = parse(bad);
      expect(result.success, String(bad)).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['offerSmsTemplateId']);
    }
    expect(parse('nope').error?.issues[0]?.message).toMatch(/template ID from GOV.UK Notify/);
  });
});
