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
import { useForm, type FieldErrors } from 'react-hook-form';
import { isApiError } from '../../../api/api-error';
import { referralInputSchema, type ReferralInput } from '../../../api/schemas/referrals';
import { BOROUGHS } from '../../../domain/eligibility';
import '../../../lib/zod-english';
import { AvailabilityFields } from './availability-fields';
import { ReferralError } from './referral-error';

interface ReferralFormProps {
  defaultValues: ReferralInput;
  error: unknown;
  busy: boolean;
  onSubmit: (values: ReferralInput) => void;
}

function messageAt(errors: FieldErrors<ReferralInput>, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  const message = node && typeof node === 'object' && 'message' in node ? node.message : undefined;
  return typeof message === 'string' ? message : undefined;
}

/** Validated with referralInputSchema, the schema the server validates with (CONVENTIONS.md 5);
 * what the server refuses maps back onto the same fields by their dotted paths. */
export function ReferralForm({ defaultValues, error, busy, onSubmit }: ReferralFormProps) {
  const form = useForm<ReferralInput>({
    resolver: zodResolver(referralInputSchema) as never,
    defaultValues,
  });
  const errorFor = (path: string) =>
    messageAt(form.formState.errors, path) ??
    (isApiError(error) ? error.fieldErrors[path]?.[0] : undefined);
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
        <AvailabilityFields control={form.control} errorFor={errorFor} />
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
