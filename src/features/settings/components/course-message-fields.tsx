import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { SettingsUpdate } from '../../../api/schemas/settings';
import { DEFAULT_TOPICS } from '../../../domain/schedule';

type TemplateName =
  | 'materialSmsTemplateId'
  | 'materialEmailTemplateId'
  | 'groupSmsTemplateId'
  | 'groupEmailTemplateId';

export const COURSE_MESSAGE_TEMPLATE_LABELS: Record<TemplateName, string> = {
  materialSmsTemplateId: 'Missed material: text message template ID',
  materialEmailTemplateId: 'Missed material: email template ID',
  groupSmsTemplateId: 'Session changes: text message template ID',
  groupEmailTemplateId: 'Session changes: email template ID',
};

/** Missed material (a link per session topic) and the messages to a group about a cancelled or
 * moved session, each with its GOV.UK Notify templates (docs/missed-material.md). */
export function CourseMessageFields({
  form,
  canEdit,
}: {
  form: UseFormReturn<SettingsUpdate>;
  canEdit: boolean;
}) {
  const topics = useFieldArray({ control: form.control, name: 'topicMaterials' });
  const errors = form.formState.errors;
  const template = (name: TemplateName, description: string) => (
    <TextInput
      label={COURSE_MESSAGE_TEMPLATE_LABELS[name]}
      description={description}
      autoComplete="off"
      spellCheck={false}
      {...form.register(name)}
      error={errors[name]?.message}
      disabled={!canEdit}
    />
  );
  const listed = new Set(topics.fields.map((f) => f.topic.trim().toLowerCase()));
  const missing = DEFAULT_TOPICS.filter((t) => !listed.has(t.toLowerCase()));
  return (
    <Fieldset legend="Missed material and session changes by GOV.UK Notify">
      <Stack gap="sm">
        <Text size="sm">
          Once a register is finalised, everyone marked absent or cancelled is sent the material for
          that session’s topic, once (if they agreed to such messages). A cancelled or moved session
          can be told to the whole group from its dialog.
        </Text>
        {template(
          'materialSmsTemplateId',
          'Its fields: ((first_name)), ((session_date)), ((material_link)). Leave empty to send no texts.',
        )}
        {template('materialEmailTemplateId', 'The same fields. Leave empty to send no emails.')}
        {template(
          'groupSmsTemplateId',
          'Its fields: ((first_name)), ((session_date)), ((session_time)), ((change)).',
        )}
        {template('groupEmailTemplateId', 'The same fields. Leave empty to send no emails.')}
        {topics.fields.map((field, i) => (
          <Fieldset key={field.id} legend={`Material ${i + 1}`} variant="unstyled">
            <Stack gap={4}>
              <TextInput
                label="Topic"
                description="As the sessions name it"
                {...form.register(`topicMaterials.${i}.topic`)}
                error={errors.topicMaterials?.[i]?.topic?.message}
                disabled={!canEdit}
              />
              <TextInput
                label="Material link"
                description="A web address starting https://"
                autoComplete="off"
                spellCheck={false}
                {...form.register(`topicMaterials.${i}.link`)}
                error={errors.topicMaterials?.[i]?.link?.message}
                disabled={!canEdit}
              />
              {canEdit && (
                <Group>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => topics.remove(i)}
                    aria-label={`Remove material ${i + 1}`}
                  >
                    Remove
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        ))}
        {errors.topicMaterials?.root?.message && (
          <Text c="red" size="sm" role="alert">
            {errors.topicMaterials.root.message}
          </Text>
        )}
        {canEdit && (
          <Group>
            <Button variant="default" onClick={() => topics.append({ topic: '', link: '' })}>
              Add material for a topic
            </Button>
            {missing.length > 0 && (
              <Button
                variant="default"
                onClick={() => topics.append(missing.map((topic) => ({ topic, link: '' })))}
              >
                Add the course’s {missing.length} usual topics
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
