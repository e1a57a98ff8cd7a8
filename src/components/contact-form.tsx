import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { contactInputSchema, type NewContact } from '../api/schemas/contacts';
import {
  CONTACT_CHANNEL_LABELS,
  STAFF_CONTACT_CHANNELS,
  CONTACT_OUTCOME_LABELS,
  STAFF_CONTACT_OUTCOMES,
} from '../domain/contact-attempts';
import { applyServerErrors } from '../lib/form-errors';
import '../lib/zod-english';
import { FormErrorAlert } from './form-error-alert';

/** What the form holds: the time as the browser's date-and-time field gives it (local). */
interface Fields {
  channel: string;
  at: string;
  outcome: string;
  outcomeText: string;
  note: string;
}

const EMPTY: Fields = { channel: '', at: '', outcome: '', outcomeText: '', note: '' };

/** "2026-11-28T13:20" as the moment it names on this computer's clock; empty stays empty
 * (the server then uses its own now). */
function isoFromLocal(local: string): string | undefined {
  if (!local) return undefined;
  const ms = new Date(local).getTime();
  return Number.isNaN(ms) ? local : new Date(ms).toISOString();
}

function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

// The shared schema judges the form, with the time turned into the instant the server gets.
const validate = zodResolver(contactInputSchema);
const resolver: Resolver<Fields, unknown, NewContact> = (values, context, options) =>
  validate({ ...values, at: isoFromLocal(values.at) } as never, context, options as never) as never;

/** Log one attempt to reach someone. Who made it is the signed-in user (the server knows);
 * the time is now unless an earlier one is given. The server's refusal stays by the form, and
 * what was typed is kept until the attempt is logged. */
export function ContactForm({
  label,
  onLog,
  busy,
  error,
}: {
  label: string;
  onLog: (contact: NewContact) => Promise<unknown>;
  busy: boolean;
  error: unknown;
}) {
  const form = useForm<Fields, unknown, NewContact>({ resolver, defaultValues: EMPTY });
  const [logged, setLogged] = useState(false);
  useEffect(() => {
    applyServerErrors(error, form.setError);
  }, [error, form.setError]);
  const errors = form.formState.errors;
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={form.handleSubmit(async (contact) => {
        setLogged(false);
        try {
          await onLog(contact);
          form.reset(EMPTY);
          setLogged(true);
        } catch {
          // Shown by the alert and on the fields; what was typed stays.
        }
      })}
    >
      <Stack gap="sm" maw={520}>
        {Boolean(error) && <FormErrorAlert title="The attempt was not logged" error={error} />}
        <Group grow align="flex-start">
          <NativeSelect
            label="How"
            {...form.register('channel')}
            error={errors.channel?.message}
            data={[
              { value: '', label: 'Choose' },
              ...STAFF_CONTACT_CHANNELS.map((c) => ({
                value: c,
                label: CONTACT_CHANNEL_LABELS[c],
              })),
            ]}
          />
          <TextInput
            type="datetime-local"
            label="When"
            description="Leave empty for now"
            max={localNow()}
            {...form.register('at')}
            error={errors.at?.message}
          />
        </Group>
        <NativeSelect
          label="Outcome"
          {...form.register('outcome')}
          error={errors.outcome?.message}
          data={[
            { value: '', label: 'Choose what happened' },
            ...STAFF_CONTACT_OUTCOMES.map((o) => ({ value: o, label: CONTACT_OUTCOME_LABELS[o] })),
          ]}
        />
        {outcome === 'other' && (
          <TextInput
            label="What happened"
            {...form.register('outcomeText')}
            error={errors.outcomeText?.message}
          />
        )}
        <TextInput
          label="Note"
          description="Optional, short"
          {...form.register('note')}
          error={errors.note?.message}
        />
        <Group>
          <Button type="submit" variant="default" loading={busy}>
            Log attempt
          </Button>
          <Text size="sm" role="status">
            {logged ? 'Attempt logged.' : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
