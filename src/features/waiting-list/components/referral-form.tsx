import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { useLeaveGuard } from '../../../lib/leave-guard';
import type { z } from 'zod/mini';
import { referralInputSchema, type ReferralInput } from '../../../api/schemas/referrals';
import { BOROUGHS, checkEligibility, type Signposting } from '../../../domain/eligibility';
import { TONE_TEXT } from '../../../components/tones';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import { AvailabilityFields } from './availability-fields';
import { ReferralError } from './referral-error';

interface ReferralFormProps {
  defaultValues: ReferralInput;
  /** The service's signposting words (settings); the defaults until they have loaded. */
  signposting: Signposting;
  error: unknown;
  busy: boolean;
  onSubmit: (values: ReferralInput) => void;
}

/** The borough comes first, and an ineligible one is signposted (in the
 * service's own words) before anything else is asked.
 * Validated with referralInputSchema, the schema the server validates with (docs/conventions.md, forms);
 * what the server refuses maps back onto the same fields by their dotted paths. */
export function ReferralForm({
  defaultValues,
  signposting,
  error,
  busy,
  onSubmit,
}: ReferralFormProps) {
  const form = useForm<ReferralInput, unknown, z.output<typeof referralInputSchema>>({
    resolver: zodResolver(referralInputSchema),
    defaultValues,
  });
  // The save runs in the route: its refusal arrives as a prop and goes onto the fields once.
  useEffect(() => {
    applyServerErrors(error, form.setError);
  }, [error, form.setError]);
  const errorFor = (path: Path<ReferralInput>) =>
    form.getFieldState(path, form.formState).error?.message;
  const { register } = form;
  const borough = useWatch({ control: form.control, name: 'borough' });
  const eligibility = borough ? checkEligibility(borough, signposting) : null;
  // A borough the course is not for leaves only the signposting: nothing can be saved, so
  // nothing is lost by leaving and the page does not ask.
  useLeaveGuard(form.formState.isDirty && eligibility?.eligible !== false, 'this referral');

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((v) => eligibility?.eligible && onSubmit(v))}
      aria-label="Add referral"
    >
      <Stack gap="md" maw={760}>
        {Boolean(error) && <ReferralError error={error} />}
        <NativeSelect
          label="Borough"
          description="Where the person is registered with a GP. Asked first: the course is for one borough."
          maw={370}
          {...register('borough')}
          error={errorFor('borough')}
          data={[
            { value: '', label: 'Choose a borough' },
            ...BOROUGHS.map((b) => ({ value: b, label: b })),
          ]}
        />
        {eligibility === null && (
          <Text size="sm">Choose the borough first; the rest of the referral follows.</Text>
        )}
        {eligibility && !eligibility.eligible && (
          <Alert color={TONE_TEXT.warning} role="alert" title="Not eligible for this course">
            <Text size="sm">{eligibility.message}</Text>
            <Text size="sm" mt={4}>
              Nothing more is needed: they are not added to the waiting list.
            </Text>
          </Alert>
        )}
        {/* Not rendered at all until the borough is eligible, so there is nothing else to fill
            in or submit (a `hidden` attribute lost to Mantine's display:flex once left the
            whole form usable). react-hook-form keeps the values of fields that unmount, so a
            wrong choice of borough first loses nothing typed. */}
        {eligibility?.eligible && <RestOfReferral form={form} errorFor={errorFor} busy={busy} />}
      </Stack>
    </form>
  );
}

type ReferralFormApi = ReturnType<
  typeof useForm<ReferralInput, unknown, z.output<typeof referralInputSchema>>
>;

/** Everything after the borough, shown once the borough is eligible. */
function RestOfReferral({
  form,
  errorFor,
  busy,
}: {
  form: ReferralFormApi;
  errorFor: (path: Path<ReferralInput>) => string | undefined;
  busy: boolean;
}) {
  const { register } = form;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Given name"
          autoComplete="off"
          {...register('givenName')}
          error={errorFor('givenName')}
        />
        <TextInput
          label="Family name"
          autoComplete="off"
          {...register('familyName')}
          error={errorFor('familyName')}
        />
        <TextInput
          label="NHS number"
          description="10 digits, like 943 476 5919"
          inputMode="numeric"
          autoComplete="off"
          {...register('nhsNumber')}
          error={errorFor('nhsNumber')}
        />
        <TextInput
          type="date"
          label="Date of birth"
          {...register('dateOfBirth')}
          error={errorFor('dateOfBirth')}
        />
        <TextInput label="GP practice" {...register('gpPractice')} error={errorFor('gpPractice')} />
        <TextInput
          type="tel"
          label="Phone"
          description="A phone number or an email address"
          {...register('phone')}
          error={errorFor('phone')}
        />
        <TextInput type="email" label="Email" {...register('email')} error={errorFor('email')} />
        <TextInput
          type="date"
          label="Referral date"
          {...register('referralDate')}
          error={errorFor('referralDate')}
        />
      </SimpleGrid>
      <AvailabilityFields control={form.control} />
      <Textarea
        label="Access needs"
        description="For example step-free access, captions, an interpreter"
        rows={3}
        {...register('accessNeeds')}
        error={errorFor('accessNeeds')}
      />
      <Checkbox
        label="Urgent referral (offered a place before routine referrals)"
        {...register('urgent')}
      />
      <Textarea label="Notes" rows={3} {...register('notes')} error={errorFor('notes')} />
      <Group>
        <Button type="submit" loading={busy}>
          Add to waiting list
        </Button>
      </Group>
    </>
  );
}
