import { zodResolver } from '@hookform/resolvers/zod';
import { TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import { callApi } from '../../../api/client';
import { reminderEndpoints } from '../../../api/endpoints/reminders';
import type { Session } from '../../../api/schemas/cohorts';
import { sessionVideoLinkSchema } from '../../../api/schemas/reminders';
import { FormDialog } from '../../../components/form-dialog';
import { applyServerErrors } from '../../../lib/form-errors';
import { invalidateAfter } from '../../../lib/invalidate';

type VideoLink = typeof sessionVideoLinkSchema;

/** One online session's own video link, when that week's meeting differs from the cohort's
 * (its reminders carry it); left empty, the session goes back to the cohort's link. */
export function SessionVideoLinkDialog({
  session,
  opened,
  onClose,
}: {
  session: Session;
  opened: boolean;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (videoLink: string) =>
      callApi(reminderEndpoints, 'PUT /sessions/:sessionId/video-link', {
        params: { sessionId: session.id },
        body: { videoLink },
        version: session.version,
      }),
    onSuccess: () => invalidateAfter(qc, 'cohort'),
  });
  const form = useForm<z.input<VideoLink>, unknown, z.output<VideoLink>>({
    resolver: zodResolver(sessionVideoLinkSchema),
    defaultValues: { videoLink: session.videoLink ?? '' },
  });
  return (
    <FormDialog
      title={`Video link for session ${session.number}`}
      opened={opened}
      onClose={onClose}
      submitLabel="Save video link"
      busy={save.isPending}
      error={save.error}
      onSubmit={form.handleSubmit(({ videoLink }) =>
        save.mutate(videoLink, {
          onSuccess: onClose,
          onError: (e) => applyServerErrors(e, form.setError),
        }),
      )}
    >
      <TextInput
        type="url"
        label="Video link for this session"
        description="Only when this week's meeting differs from the cohort's. Leave empty to use the cohort's link."
        {...form.register('videoLink')}
        error={form.formState.errors.videoLink?.message}
      />
    </FormDialog>
  );
}
