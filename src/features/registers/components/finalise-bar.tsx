import { Button, Group, Text } from '@mantine/core';

interface FinaliseBarProps {
  /** Changes the server did not take: they are sent or discarded before the register closes. */
  unsaved: number;
  marked: number;
  total: number;
  pending: boolean;
  onFinalise: () => void;
}

/** Finalising is offered once everyone on the register has a mark, and every change is saved. */
export function FinaliseBar({ unsaved, marked, total, pending, onFinalise }: FinaliseBarProps) {
  return (
    <Group justify="flex-end" className="no-print">
      <Text size="sm" c="dimmed">
        {unsaved
          ? 'Try again or discard the changes not saved first'
          : marked < total
            ? `${total - marked} still to mark`
            : 'Everyone is marked'}
      </Text>
      <Button
        disabled={marked < total || total === 0 || unsaved > 0}
        loading={pending}
        onClick={onFinalise}
      >
        Finalise register
      </Button>
    </Group>
  );
}
