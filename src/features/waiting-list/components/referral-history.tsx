import { List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { AuditView } from '../../../api/schemas/audit-view';
import { describeContact } from '../../../components/contact-log';
import { QueryState } from '../../../components/query-state';
import { auditActionWords } from '../../../domain/audit-actions';
import { describeSlots, type Slot } from '../../../domain/availability';
import { CLOSE_REASON_LABELS, type CloseReason } from '../../../domain/referral-closure';
import { CHANNEL_LABELS, isPreferredChannel } from '../../../domain/contact-preferences';
import { formatDateTime } from '../../../lib/format';
import { referralHistoryQuery } from '../api/referral-history-queries';

const FIELD: Record<string, string> = {
  phone: 'phone',
  email: 'email',
  contactChannel: 'how to contact them',
  remindersConsent: 'reminders and missed material',
  availability: 'availability',
  urgent: 'urgency',
  accessNeeds: 'access needs',
  notes: 'notes',
};

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function shown(key: string, value: unknown): string {
  if (key === 'availability' && Array.isArray(value)) return describeSlots(value as Slot[]);
  if (key === 'urgent') return value ? 'urgent' : 'routine';
  if (key === 'remindersConsent') return value ? 'yes' : 'no';
  if (key === 'contactChannel' && isPreferredChannel(value)) return CHANNEL_LABELS[value];
  return value === null || value === '' ? 'nothing' : `“${String(value)}”`;
}

/** One audit entry in words: what happened to the entry, never a field name. */
export function describeEntryEvent(e: AuditView): string {
  const after = record(e.after);
  // The words for an action are in one table; the cases here say more than the action.
  switch (e.action) {
    case 'referral.update': {
      const changes = Object.keys(after).map(
        (k) => `${FIELD[k] ?? k} from ${shown(k, record(e.before)[k])} to ${shown(k, after[k])}`,
      );
      return changes.length ? `Changed ${changes.join('; ')}` : 'Saved with no changes';
    }
    case 'referral.close': {
      const reason = CLOSE_REASON_LABELS[after.reason as CloseReason] ?? 'no reason';
      return `Closed: ${reason}${after.note ? ` (${String(after.note)})` : ''}`;
    }
    case 'referral.reopen':
      return 'Reopened: back on the list at the original place';
    case 'contact.record':
      return `Contact attempt logged (${describeContact(after as Parameters<typeof describeContact>[0])})`;
    default:
      return auditActionWords(e.action);
  }
}

/** The entry's history, newest first: who did what, when. */
export function ReferralHistory({ referralId }: { referralId: string }) {
  const history = useQuery(referralHistoryQuery(referralId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="history-heading">
      <Title order={2} size="h3" id="history-heading">
        History
      </Title>
      <QueryState query={history} label="the history">
        {(page) =>
          page.items.length === 0 ? (
            <Text size="sm">Nothing recorded yet.</Text>
          ) : (
            <List size="sm" spacing={4} aria-label="History of this entry">
              {page.items.map((e) => (
                <List.Item key={e.id}>
                  <Text size="sm" component="span" fw={700}>
                    {formatDateTime(e.at)}, {e.actorName}:
                  </Text>{' '}
                  {describeEntryEvent(e)}
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </Stack>
  );
}
