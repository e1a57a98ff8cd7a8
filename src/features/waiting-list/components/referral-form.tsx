import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect } from 'react';
import { useForm, type Path } from 'react-hook-form';
import type { z } from 'zod/mini';
import { referralInputSchema, type ReferralInput } from '../../../api/schemas/referrals';
import { BOROUGHS } from '../../../domain/eligibility';
import { applyServerErrors } from '../../../lib/form-errors';
import '../../../lib/zod-english';
import { AvailabilityFields } from './availability-fields';
import { ReferralError } from './referral-error';

interface ReferralFormProps {
  defaultValues: ReferralInput;
  error: unknown;
  busy: boolean;
  onSubmit: (values: ReferralInput) => void;
}

/** Validated with referralInputSchema, the schema the server validates with (CONVENTIONS.md 5);
 * what the server refuses maps back onto the same fields by their dotted paths. */
export function ReferralForm({ defaultValues, error, busy, onSubmit }: ReferralFormProps) {
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

  return (
    <form noValidate onSubmit={form.handleSubmit((v) => onSubmit(v))} aria-label="Add referral">
      <Stack gap="md" maw={760}>
        {Boolean(error) && <ReferralError error={error} />}
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
          <NativeSelect
            label="Borough"
            description="Where the person is registered with a GP"
            {...register('borough')}
            error={errorFor('borough')}
            data={[
              { value: '', label: 'Choose a borough' },
              ...BOROUGHS.map((b) => ({ value: b, label: b })),
            ]}
          />
          <TextInput
            label="GP practice"
            {...register('gpPractice')}
            error={errorFor('gpPractice')}
          />
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
      </Stack>
    </form>
  );
}
