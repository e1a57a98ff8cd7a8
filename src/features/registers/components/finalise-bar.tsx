import { Button, Group, Text } from '@mantine/core';

interface FinaliseBarProps {
  marked: number;
  total: number;
  pending: boolean;
  onFinalise: () => void;
}

/** Finalising is offered once everyone on the register has a mark. */
export function FinaliseBar({ marked, total, pending, onFinalise }: FinaliseBarProps) {
  return (
    <Group justify="flex-end" className="no-print">
      <Text size="sm" c="dimmed">
        {marked < total ? `${total - marked} still to mark` : 'Everyone is marked'}
      </Text>
      <Button disabled={marked < total || total === 0} loading={pending} onClick={onFinalise}>
        Finalise register
      </Button>
    </Group>
  );
}
