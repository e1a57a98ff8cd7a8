import { Alert, List } from '@mantine/core';
import { CRISIS_HELP } from '../domain/safety-alerts';

/** Where to get help now, in plain words: on every page that asks the questionnaires. */
export function CrisisHelp() {
  return (
    <Alert variant="light" title="If someone needs help now" role="note">
      <List size="sm" spacing={2}>
        {CRISIS_HELP.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
