import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { OfferView } from '../../../api/schemas/vacancies';

/** Accepting enrols the person and takes them off the waiting list at once, so it is asked
 * once more: a slip on the wrong button must not place someone who said no. */
export function AcceptDialog({
  offer,
  busy,
  onConfirm,
  onClose,
}: {
  offer: OfferView;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Enrol ${offer.name}?`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="md">
        <Text size="sm">
          Record that {offer.name} accepted the place. They are enrolled in the cohort at once and
          leave the waiting list.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button onClick={onConfirm} loading={busy}>
            Enrol {offer.name}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
