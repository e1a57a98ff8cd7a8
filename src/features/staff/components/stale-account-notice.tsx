import { Alert, Button, Group, List, Text } from '@mantine/core';
import { staleReader } from '../../../api/declared-errors';
import { staffEndpoints } from '../../../api/endpoints/staff';
import {
  DISCIPLINE_NAMES,
  ROLE_NAMES,
  type StaffAccount,
} from '../../../api/schemas/staff-accounts';
import { TONE_TEXT } from '../../../components/tones';

/** The account as a colleague saved it, when a save was refused as stale (412). */
const staleAccount = staleReader(staffEndpoints, 'PATCH /staff/:id');
export function staleAccountOf(error: unknown): StaffAccount | null {
  return staleAccount(error)?.current ?? null;
}

/** Before a deactivation or reactivation (a confirmation, not a form of fields): says what the
 * colleague saved and lets the admin go ahead on their version. */
export function StaleAccountNotice({
  current,
  retryLabel,
  onRetry,
  onLoad,
}: {
  current: StaffAccount;
  retryLabel: string;
  onRetry: () => void;
  onLoad?: () => void;
}) {
  return (
    <Alert color={TONE_TEXT.warning} title="Someone else changed this account" role="alert">
      <Text size="sm">Since you opened it, it was saved as:</Text>
      <List size="sm" mb="xs">
        <List.Item>Name: {current.name}</List.Item>
        <List.Item>
          Role: {ROLE_NAMES[current.role]}
          {current.discipline ? ` (${DISCIPLINE_NAMES[current.discipline]})` : ''}
        </List.Item>
        <List.Item>
          {current.active ? 'Active' : `Deactivated: ${current.deactivationReason ?? ''}`}
        </List.Item>
      </List>
      <Group gap="xs">
        <Button size="xs" onClick={onRetry}>
          {retryLabel}
        </Button>
        {onLoad && (
          <Button size="xs" variant="default" onClick={onLoad}>
            Load their version
          </Button>
        )}
      </Group>
    </Alert>
  );
}
