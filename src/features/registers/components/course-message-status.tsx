import type { RegisterRow } from '../../../api/schemas/registers';
import { formatDateTime } from '../../../lib/format';

// What GOV.UK Notify was asked to send this person about this session: the missed material
// (sent once after the register is finalised) and a message about the session's cancellation
// or move. Words only, no control: the server sends them, staff only read what happened.

const KIND = { material: 'Material', group: 'Told of the change' } as const;

function words(m: RegisterRow['messages'][number]): string {
  const by = m.channel === 'sms' ? ' by text' : m.channel === 'email' ? ' by email' : '';
  if (m.outcome === 'message_sent') return `${KIND[m.kind]} sent${by} ${formatDateTime(m.at)}`;
  if (m.outcome === 'sending') return `${KIND[m.kind]}: sending`;
  return `${KIND[m.kind]} not sent: ${m.reason}`;
}

/** The material sent by Notify, if it was: the register's tick box is then not needed. */
export const materialSent = (row: RegisterRow) =>
  row.messages.some((m) => m.kind === 'material' && m.outcome === 'message_sent');

export function CourseMessageStatus({ row }: { row: RegisterRow }) {
  return row.messages.map((m) => <span key={m.id}>{words(m)}</span>);
}
