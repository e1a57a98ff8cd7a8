import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Menu, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import type { z } from 'zod/mini';
import {
  providerCancelRequestSchema,
  rescheduleRequestSchema,
  type Session,
} from '../../../api/schemas/cohorts';
import { FormDialog } from '../../../components/form-dialog';
import { applyServerErrors } from '../../../lib/form-errors';
import { todayIso } from '../../../domain/dates';
import { useChangeSession } from '../api/use-change-session';
import { SessionVideoLinkDialog } from './session-video-link-dialog';

/** Admins move one session (bank holidays and order are checked) or cancel it for everyone
 * (code 4); an online session still to come may have its own video link. */
export function SessionActions({ session, online }: { session: Session; online: boolean }) {
  const [dialog, setDialog] = useState<'reschedule' | 'cancel' | 'video' | null>(null);
  if (session.status !== 'scheduled' || session.registerFinalisedAt) return null;
  const ownLink = online && session.date >= todayIso();
  const close = () => setDialog(null);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            size="compact-sm"
            variant="default"
            aria-label={`Change session ${session.number}`}
          >
            Change
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('reschedule')}>Reschedule…</Menu.Item>
          <Menu.Item onClick={() => setDialog('cancel')}>Cancel (by the service)…</Menu.Item>
          {ownLink && <Menu.Item onClick={() => setDialog('video')}>Video link…</Menu.Item>}
        </Menu.Dropdown>
      </Menu>
      {ownLink && (
        <SessionVideoLinkDialog session={session} opened={dialog === 'video'} onClose={close} />
      )}
      <RescheduleDialog session={session} opened={dialog === 'reschedule'} onClose={close} />
      <CancelSessionDialog session={session} opened={dialog === 'cancel'} onClose={close} />
    </>
  );
}

interface DialogProps {
  session: Session;
  opened: boolean;
  onClose: () => void;
}

type Reschedule = typeof rescheduleRequestSchema;

function RescheduleDialog({ session, opened, onClose }: DialogProps) {
  const change = useChangeSession(session);
  const form = useForm<z.input<Reschedule>, unknown, z.output<Reschedule>>({
    resolver: zodResolver(rescheduleRequestSchema),
    defaultValues: { date: session.date, messageGroup: false },
  });
  return (
    <FormDialog
      title={`Reschedule session ${session.number}`}
      opened={opened}
      onClose={onClose}
      submitLabel="Move session"
      busy={change.isPending}
      error={change.error}
      onSubmit={form.handleSubmit(({ date, messageGroup }) =>
        change.mutate(
          { kind: 'reschedule', date, messageGroup },
          { onSuccess: onClose, onError: (e) => applyServerErrors(e, form.setError) },
        ),
      )}
    >
      <TextInput
        type="date"
        label="New date"
        {...form.register('date')}
        error={form.formState.errors.date?.message}
      />
      <MessageGroupBox {...form.register('messageGroup')} />
    </FormDialog>
  );
}

type ProviderCancel = typeof providerCancelRequestSchema;

function CancelSessionDialog({ session, opened, onClose }: DialogProps) {
  const change = useChangeSession(session);
  const form = useForm<z.input<ProviderCancel>, unknown, z.output<ProviderCancel>>({
    // The shared schema's length checks carry no message of their own: say what the server says.
    resolver: zodResolver(providerCancelRequestSchema, {
      error: (issue) =>
        issue.code === 'too_small' ? 'Give a reason of at least 3 characters' : undefined,
    }),
    defaultValues: { reason: '', messageGroup: false },
  });
  return (
    <FormDialog
      title={`Cancel session ${session.number}`}
      opened={opened}
      onClose={onClose}
      submitLabel="Cancel session"
      busy={change.isPending}
      error={change.error}
      onSubmit={form.handleSubmit(({ reason, messageGroup }) =>
        change.mutate(
          { kind: 'cancel', reason, messageGroup },
          { onSuccess: onClose, onError: (e) => applyServerErrors(e, form.setError) },
        ),
      )}
    >
      <Textarea
        label="Reason"
        description="Everyone is recorded as cancelled by the provider (code 4): not an absence"
        {...form.register('reason')}
        error={form.formState.errors.reason?.message}
        maxLength={300}
      />
      <MessageGroupBox {...form.register('messageGroup')} />
    </FormDialog>
  );
}

/** The offer to tell the whole group: a service message to everyone placed in the cohort, by
 * text or email through GOV.UK Notify, each recorded on the person's course contact log. */
function MessageGroupBox(props: UseFormRegisterReturn) {
  return (
    <Checkbox
      mt="sm"
      label="Send a message to everyone in the group"
      description="By text or email through GOV.UK Notify, where the service has a template and the person a mobile or email"
      {...props}
    />
  );
}
