import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useLeaveGuard } from '../../../lib/leave-guard';
import type { z } from 'zod/mini';
import { staleReader } from '../../../api/declared-errors';
import { referralEndpoints } from '../../../api/endpoints/referrals';
import { queryKeys } from '../../../api/query-keys';
import {
  referralUpdateSchema,
  type ReferralDetail,
  type ReferralUpdateInput,
} from '../../../api/schemas/referrals';
import { ConflictNotice, type Difference } from '../../../components/conflict-notice';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { describeSlots } from '../../../domain/availability';
import { applyServerErrors } from '../../../lib/form-errors';
import { useVersionedEdit } from '../../../lib/versioned-edit';
import '../../../lib/zod-english';
import { useUpdateReferral } from '../api/use-update-referral';
import { AvailabilityFields } from './availability-fields';
import { ContactPreferenceFields } from './contact-preference-fields';
import { CHANNEL_LABELS } from '../../../domain/contact-preferences';

export function editValuesOf(r: ReferralDetail): ReferralUpdateInput {
  return {
    phone: r.phone ?? '',
    email: r.email ?? '',
    contactChannel: r.contactChannel,
    remindersConsent: r.remindersConsent,
    availability: r.availability,
    accessNeeds: r.accessNeeds,
    urgent: r.urgent,
    notes: r.notes,
  };
}

const differences = (theirs: ReferralUpdateInput, mine: ReferralUpdateInput): Difference[] => {
  const text = (v: string | undefined) => v?.trim() || 'none';
  return [
    { label: 'Phone', theirs: text(theirs.phone), mine: text(mine.phone) },
    { label: 'Email', theirs: text(theirs.email), mine: text(mine.email) },
    {
      label: 'Contact by',
      theirs: CHANNEL_LABELS[theirs.contactChannel ?? 'text'],
      mine: CHANNEL_LABELS[mine.contactChannel ?? 'text'],
    },
    {
      label: 'Reminders',
      theirs: theirs.remindersConsent === false ? 'No' : 'Yes',
      mine: mine.remindersConsent === false ? 'No' : 'Yes',
    },
    {
      label: 'Availability',
      theirs: describeSlots(theirs.availability),
      mine: describeSlots(mine.availability),
    },
    { label: 'Access needs', theirs: text(theirs.accessNeeds), mine: text(mine.accessNeeds) },
    {
      label: 'Urgent',
      theirs: theirs.urgent ? 'Yes' : 'No',
      mine: mine.urgent ? 'Yes' : 'No',
    },
    { label: 'Notes', theirs: text(theirs.notes), mine: text(mine.notes) },
  ];
};

/** Edits what can change while someone waits, validated with referralUpdateSchema (the
 * server's). Saved on the version it was opened at; if a colleague saved first (412) what
 * was typed stays, the notice says what differs, and the user loads theirs or saves mine. */
export function ReferralEditForm({
  referral,
  onDone,
}: {
  referral: ReferralDetail;
  onDone: () => void;
}) {
  const save = useUpdateReferral(referral.id);
  const edit = useVersionedEdit<ReferralDetail, ReferralUpdateInput>({
    record: referral,
    recordId: referral.id,
    stale: staleReader(referralEndpoints, 'PATCH /referrals/:id'),
    writeCache: (qc, theirs) => qc.setQueryData(queryKeys.referrals.detail(referral.id), theirs),
  });
  const form = useForm<ReferralUpdateInput, unknown, z.output<typeof referralUpdateSchema>>({
    resolver: zodResolver(referralUpdateSchema),
    defaultValues: editValuesOf(referral),
  });
  useEffect(() => {
    applyServerErrors(save.error, form.setError);
  }, [save.error, form.setError]);
  const errorFor = (path: Path<ReferralUpdateInput>) =>
    form.getFieldState(path, form.formState).error?.message;
  useLeaveGuard(form.formState.isDirty, 'this entry');
  const { conflict } = edit;
  const submit = (version: number) =>
    form.handleSubmit((input) =>
      save.mutate(
        { version, input },
        {
          onSuccess: onDone,
          onError: (e) => edit.refused(e, form.getValues()) && save.reset(),
        },
      ),
    )();

  return (
    <form
      noValidate
      aria-label="Edit entry"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(edit.base.version);
      }}
    >
      <Stack gap="md" maw={760}>
        {conflict && (
          <ConflictNotice
            what="this entry"
            lastSave={conflict.lastSave}
            fields={differences(editValuesOf(conflict.theirs), conflict.mine)}
            busy={save.isPending}
            onLoadTheirs={() => {
              const theirs = edit.loadTheirs();
              if (theirs) form.reset(editValuesOf(theirs));
            }}
            onSaveMine={() => void submit(edit.keepMine())}
          />
        )}
        {Boolean(save.error) && (
          <FormErrorAlert title="The entry was not saved" error={save.error} />
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
        <ContactPreferenceFields control={form.control} />
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
