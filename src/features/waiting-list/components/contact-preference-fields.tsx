import { Checkbox, Group, Radio } from '@mantine/core';
import { Controller, type Control } from 'react-hook-form';
import type { ReferralUpdateInput } from '../../../api/schemas/referrals';
import { CHANNEL_LABELS, PREFERRED_CHANNELS } from '../../../domain/contact-preferences';

/** How the person wants to hear from the service, and whether they want reminders and missed
 * material. Offers and notices about their place are sent whatever is chosen here. */
export function ContactPreferenceFields({ control }: { control: Control<ReferralUpdateInput> }) {
  return (
    <>
      <Controller
        control={control}
        name="contactChannel"
        render={({ field, fieldState }) => (
          <Radio.Group
            label="How they want to hear from us"
            description="Offers and changes to their sessions are sent by text or email whatever is chosen"
            error={fieldState.error?.message}
            value={field.value ?? 'text'}
            onChange={field.onChange}
            name={field.name}
          >
            <Group mt={4}>
              {PREFERRED_CHANNELS.map((c) => (
                <Radio key={c} value={c} label={CHANNEL_LABELS[c]} />
              ))}
            </Group>
          </Radio.Group>
        )}
      />
      <Controller
        control={control}
        name="remindersConsent"
        render={({ field }) => (
          <Checkbox
            label="Agrees to reminders and missed material by text or email"
            checked={field.value ?? true}
            onChange={(e) => field.onChange(e.currentTarget.checked)}
            onBlur={field.onBlur}
            name={field.name}
            ref={field.ref}
          />
        )}
      />
    </>
  );
}
