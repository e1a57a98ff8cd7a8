import { Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

const LABEL = 'Send questionnaire links';

/** The send row's layout, shared by the sender (loaded lazily) and the space kept for it. */
export function QuestionnaireRow({ button }: { button: ReactNode }) {
  return (
    <Group gap="sm">
      {button}
      <Text size="sm" c="dimmed">
        To everyone placed who has not said they cannot come; each link works until the session
        ends.
      </Text>
    </Group>
  );
}

export function SendQuestionnaireButton(props: { loading: boolean; onClick: () => void }) {
  return (
    <Button variant="default" {...props}>
      {LABEL}
    </Button>
  );
}

/** Keeps the row's space, unseen and out of the accessibility tree, while the sender's code
 * loads: the register below it does not jump when the row arrives (the page's layout shift). */
export function QuestionnaireRowSpace() {
  return (
    <div aria-hidden="true" className="no-print" style={{ visibility: 'hidden' }}>
      <QuestionnaireRow
        button={<SendQuestionnaireButton loading={false} onClick={() => undefined} />}
      />
    </div>
  );
}
