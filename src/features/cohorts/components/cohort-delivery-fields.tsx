import { Group, Radio, TextInput } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import type { CohortFieldsProps } from './cohort-form';

/** What kind of cohort it is and where it meets: a video link online, a venue face to face. */
export function CohortDeliveryFields({ form, errorOf }: CohortFieldsProps) {
  const delivery = useWatch({ control: form.control, name: 'delivery' });
  return (
    <>
      <Controller
        control={form.control}
        name="type"
        render={({ field }) => (
          <Radio.Group
            label="Type"
            {...field}
            onChange={(v) => {
              field.onChange(v);
              if (v === 'workshop') form.setValue('sessionLengthMinutes', 180);
            }}
          >
            <Group mt={4}>
              <Radio value="course" label="Eight-week course" />
              <Radio value="workshop" label="One-off workshop (about 3 hours)" />
            </Group>
          </Radio.Group>
        )}
      />
      <Controller
        control={form.control}
        name="delivery"
        render={({ field }) => (
          <Radio.Group label="Delivery" {...field}>
            <Group mt={4}>
              <Radio value="online" label="Online (video link)" />
              <Radio value="face_to_face" label="Face to face (venue)" />
            </Group>
          </Radio.Group>
        )}
      />
      {delivery === 'online' ? (
        <TextInput
          label="Video link"
          description="https:// link sent to participants"
          {...form.register('videoLink')}
          error={errorOf('videoLink')}
        />
      ) : (
        <TextInput label="Venue" {...form.register('venue')} error={errorOf('venue')} />
      )}
    </>
  );
}
