import { Alert, Text } from '@mantine/core';
import { describeError } from '../api/api-error';
import { formLevelMessages } from '../lib/form-errors';
import { TONE_TEXT } from './tones';

/** Why a form was not saved: the server's sentence, and what it said about the form as a whole.
 * Messages about one field go next to that field (`applyServerErrors`), not here. */
export function FormErrorAlert({ title, error }: { title: string; error: unknown }) {
  return (
    <Alert color={TONE_TEXT.danger} role="alert" title={title}>
      {describeError(error)}
      {formLevelMessages(error).map((message) => (
        <Text key={message} size="sm" mt={4}>
          {message}
        </Text>
      ))}
    </Alert>
  );
}
