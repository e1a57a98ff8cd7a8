import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect } from 'react';
import { useForm, type Path } from 'react-hook-form';
import type { z } from 'zod/mini';
import { isApiError } from '../../../api/api-error';
import {
  referralDetailSchema,
  referralUpdateSchema,
  type ReferralDetail,
  type ReferralUpdateInput,
} from '../../../api/schemas/referrals';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { TONE_TEXT } from '../../../components/tones';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import { useUpdateReferral } from '../api/use-update-referral';
import { AvailabilityFields } from './availability-fields';

export function editValuesOf(r: ReferralDetail): ReferralUpdateInput {
  return {
    phone: r.phone ?? '',
    email: r.email ?? '',
    availability: r.availability,
    accessNeeds: r.accessNeeds,
    urgent: r.urgent,
    notes: r.notes,
  };
}

/** Edits what can change while someone waits, validated with referralUpdateSchema (the
 * server's). Saved with the version it was opened at; if a colleague saved first (412) what
 * was typed stays, and the user chooses whose version to keep. */
export function ReferralEditForm({
  referral,
  onDone,
}: {
  referral: ReferralDetail;
  onDone: () => void;
}) {
  const save = useUpdateReferral(referral.id);
  const form = useForm<ReferralUpdateInput, unknown, z.output<typeof referralUpdateSchema>>({
    resolver: zodResolver(referralUpdateSchema),
    defaultValues: editValuesOf(referral),
  });
  useEffect(() => {
    applyServerErrors(save.error, form.setError);
  }, [save.error, form.setError]);
  const errorFor = (path: Path<ReferralUpdateInput>) =>
    form.getFieldState(path, form.formState).error?.message;
  const error = save.error;
  const stale = isApiError(error) && error.code === 'stale_version';
  const theirs = isApiError(error) && stale ? referralDetailSchema.safeParse(error.current) : null;
  const submit = (version: number) =>
    form.handleSubmit((input) => save.mutate({ version, input }, { onSuccess: onDone }))();

  return (
    <form
      noValidate
      aria-label="Edit entry"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(referral.version);
      }}
    >
      <Stack gap="md" maw={760}>
        {stale ? (
          <Alert
            color={TONE_TEXT.warning}
            role="alert"
            title="Someone else changed this entry while you were editing"
          >
            <Text size="sm">Your changes are still in the form.</Text>
            {theirs?.success && (
              <Group gap="xs" mt="xs">
                <Button size="xs" onClick={() => void submit(theirs.data.version)}>
                  Save mine over theirs
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    form.reset(editValuesOf(theirs.data));
                    save.reset();
                  }}
                >
                  Load their version
                </Button>
              </Group>
            )}
          </Alert>
        ) : (
          Boolean(save.error) && (
            <FormErrorAlert title="The entry was not saved" error={save.error} />
          )
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="tel"
            label="Phone"
            description="A phone number or an email address"
            {...form.register('phone')}
            error={errorFor('phone')}
          />
          <TextInput
            type="email"
            label="Email"
            {...form.register('email')}
            error={errorFor('email')}
          />
        </SimpleGrid>
        <AvailabilityFields control={form.control} />
        <Textarea
          label="Access needs"
          rows={2}
          {...form.register('accessNeeds')}
          error={errorFor('accessNeeds')}
        />
        <Checkbox
          label="Urgent referral (offered a place before routine referrals)"
          {...form.register('urgent')}
        />
        <Textarea label="Notes" rows={3} {...form.register('notes')} error={errorFor('notes')} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save changes
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
