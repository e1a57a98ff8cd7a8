import { Modal, Table, Text } from '@mantine/core';
import { TableScroll } from '../../../components/table-scroll';
import { useQuery } from '@tanstack/react-query';
import type { RosterEntry } from '../../../api/schemas/participants';
import { HistoryLink } from '../../../components/history-link';
import { formatDate, formatDateTime } from '../../../lib/format';
import { staffQueries } from '../api/staff-queries';
import { ENROLMENT_LABEL } from './enrolment-labels';

/** The enrolment's history, newest first. Reasons live here, and only staff can read them (docs/domain.md). */
export default function EnrolmentHistoryDialog({
  entry,
  name,
  auditTrail,
  onClose,
}: {
  entry: RosterEntry;
  name: string;
  auditTrail: boolean;
  onClose: () => void;
}) {
  const staff = useQuery(staffQueries.list());
  const staffName = (id: string) =>
    staff.data?.items.find((s) => s.id === id)?.name ??
    (staff.isPending ? '…' : 'A former colleague');
  const rows = [...entry.history].reverse();
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Enrolment history for ${name}`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {rows.length === 0 ? (
        <Text>No changes recorded yet.</Text>
      ) : (
        <TableScroll>
          <Table>
            <Table.Caption>
              Joined on {formatDate(entry.joinedOn)}. Newest change first.
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">By</Table.Th>
                <Table.Th scope="col">Reason or note</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((h, i) => (
                <Table.Tr key={`${h.at}-${i}`}>
                  <Table.Td>{formatDateTime(h.at)}</Table.Td>
                  <Table.Td>{ENROLMENT_LABEL[h.status]}</Table.Td>
                  <Table.Td>{staffName(h.byStaffId)}</Table.Td>
                  <Table.Td>{h.note ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {auditTrail && (
        <Text mt="md">
          <HistoryLink entity="enrolment" id={entry.id}>
            Every change to this place in the audit trail
          </HistoryLink>
        </Text>
      )}
    </Modal>
  );
}
