import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import type { Session } from '../../../api/schemas/cohorts';
import type { RosterEntry } from '../../../api/schemas/participants';
import type { Role } from '../../../api/schemas/staff';
import { CannotAttendDialog, WithdrawDialog } from './enrolment-dialogs';
import { TransferDialog } from './transfer-dialog';
import { can } from '../../../domain/policy';

type Dialog = 'cannot-attend' | 'transfer' | 'withdraw' | null;

/** Whether a role may do anything with a person's place (the policy table decides each). */
export function canActOnPlaces(role: Role): boolean {
  return PLACE_ACTIONS.some((action) => can(role, action));
}

const PLACE_ACTIONS = [
  'enrolment.cannotAttend',
  'enrolment.transfer',
  'enrolment.withdraw',
] as const;

/** What staff can do with one person's place (docs/domain.md: cancellations, transfers, withdrawals). */
export function ParticipantActions({
  entry,
  sessions,
  role,
}: {
  entry: RosterEntry;
  sessions: Session[];
  role: Role;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const name = `${entry.participant.givenName} ${entry.participant.familyName}`;
  const holdsPlace =
    entry.status === 'confirmed' || entry.status === 'active' || entry.status === 'offered';
  if (!holdsPlace || !canActOnPlaces(role)) return null;
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button size="compact-sm" variant="default" aria-label={`Actions for ${name}`}>
            Actions
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {can(role, 'enrolment.cannotAttend') && (
            <Menu.Item onClick={() => setDialog('cannot-attend')}>
              Cannot attend a session…
            </Menu.Item>
          )}
          {can(role, 'enrolment.transfer') && (
            <Menu.Item onClick={() => setDialog('transfer')}>Transfer to a later cohort…</Menu.Item>
          )}
          {can(role, 'enrolment.withdraw') && (
            <Menu.Item onClick={() => setDialog('withdraw')}>Withdraw from the course…</Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {dialog === 'cannot-attend' && (
        <CannotAttendDialog
          entry={entry}
          name={name}
          sessions={sessions}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'transfer' && (
        <TransferDialog entry={entry} name={name} onClose={() => setDialog(null)} />
      )}
      {dialog === 'withdraw' && (
        <WithdrawDialog entry={entry} name={name} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
