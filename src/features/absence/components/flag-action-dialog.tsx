import { Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import type { FlagView } from '../../../api/schemas/flags';
import { FormDialog } from '../../../components/form-dialog';
import { todayIso } from '../../../domain/dates';
import { formatDate } from '../../../lib/format';
import { flagQueries } from '../api/flag-queries';
import { useRecordContact, useResolveFlag } from '../api/use-flag-actions';

type Choice = 'contact' | 'keep' | 'transfer' | 'withdraw';

/** DOMAIN.md: at risk, contact the person; breached, transfer, keep with a reason, or withdraw. */
export function FlagActionDialog({ flag, onClose }: { flag: FlagView; onClose: () => void }) {
  const breached = flag.status === 'breached';
  const [choice, setChoice] = useState<Choice>(breached && !flag.review ? 'transfer' : 'contact');
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(todayIso());
  const [toCohortId, setTo] = useState('');
  const resolve = useResolveFlag(flag);
  const contact = useRecordContact(flag);
  const options = useQuery({
    ...flagQueries.transferOptions(flag.enrolmentId),
    enabled: choice === 'transfer',
  });
  const active = choice === 'contact' ? contact : resolve;
  const fieldError = (f: string) =>
    isApiError(active.error) ? active.error.fieldErrors[f]?.[0] : undefined;

  const submit = () => {
    if (choice === 'contact') contact.mutate({ date, note: reason }, { onSuccess: onClose });
    else if (choice === 'transfer')
      resolve.mutate({ action: 'transfer', toCohortId, reason }, { onSuccess: onClose });
    else resolve.mutate({ action: choice, reason }, { onSuccess: onClose });
  };
  return (
    <FormDialog
      title={`Absence flag: ${flag.name}`}
      opened
      onClose={onClose}
      submitLabel="Save"
      busy={active.isPending}
      error={active.error}
      onSubmit={submit}
    >
      <Text size="sm">
        {flag.absences} absences ({flag.missed.map((m) => `session ${m.sessionNumber}`).join(', ')}
        ).
        {flag.nextSession ? ` Next session: ${formatDate(flag.nextSession.date)}.` : ''}
        {flag.missedTopics.length > 0 && ` Missed: ${flag.missedTopics.join('; ')}.`}
      </Text>
      <Radio.Group label="What happens now" value={choice} onChange={(v) => setChoice(v as Choice)}>
        <Stack gap={6} mt={6}>
          <Radio value="contact" label="Record that we contacted them before the next session" />
          {breached && <Radio value="transfer" label="Transfer to a later cohort" />}
          {breached && <Radio value="keep" label="Keep in this cohort, with a documented reason" />}
          {breached && <Radio value="withdraw" label="Withdraw (remove after absences)" />}
        </Stack>
      </Radio.Group>
      {choice === 'contact' && (
        <TextInput
          type="date"
          label="Date of contact"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={fieldError('date')}
        />
      )}
      {choice === 'transfer' && (
        <Radio.Group
          label="Later cohort with room"
          value={toCohortId}
          onChange={setTo}
          error={fieldError('toCohortId')}
        >
          <Stack gap={6} mt={6}>
            {options.data?.items.length === 0 && <Text size="sm">No later cohort has room.</Text>}
            {options.data?.items.map((o) => (
              <Radio
                key={o.cohort.id}
                value={o.cohort.id}
                label={`${o.cohort.name} (starts ${formatDate(o.cohort.startDate)}): still needs ${o.stillNeeded.length} topics${o.missedInTarget.length ? `, ${o.missedInTarget.length} already run there` : ''}`}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <Textarea
        label={choice === 'contact' ? 'Note' : 'Reason'}
        description={choice === 'contact' ? 'How it went' : 'Kept in the audit trail'}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError(choice === 'contact' ? 'note' : 'reason')}
        maxLength={500}
      />
    </FormDialog>
  );
}
