import { Alert, Stack } from '@mantine/core';
import { describeError } from '../../../api/api-error';
import type { QuestionnaireSend } from '../../../api/schemas/measures';
import { TONE_TEXT } from '../../../components/tones';
import { count as counted } from '../../../domain/plural';
import { useSendQuestionnaire } from '../api/use-send-questionnaire';
import { QuestionnaireRow, SendQuestionnaireButton } from './questionnaire-row';

/** What happened, in words: a message not sent or never possible needs a phone call. */
function summary(items: QuestionnaireSend['items']): string {
  const count = (result: string) => items.filter((i) => i.result === result).length;
  const parts = [
    `${counted(count('sent'), 'link')} sent`,
    count('not_sent') ? `${count('not_sent')} not sent (Notify refused it)` : '',
    count('no_channel')
      ? `${count('no_channel')} with no way to send (no mobile or email, or no template set)`
      : '',
  ];
  return `${parts.filter(Boolean).join('; ')}.`;
}

/** Sends the session's questionnaire to everyone placed, before the session: each person
 * answers on their phone, and what they answer shows on their row. */
export function SendQuestionnaire({ sessionId }: { sessionId: string }) {
  const send = useSendQuestionnaire(sessionId);
  return (
    <Stack gap="xs" className="no-print">
      <QuestionnaireRow
        button={<SendQuestionnaireButton loading={send.isPending} onClick={() => send.mutate()} />}
      />
      {send.isSuccess && (
        <Alert color={TONE_TEXT.info} role="status" title="Questionnaire links">
          {summary(send.data.items)}
        </Alert>
      )}
      {send.isError && (
        <Alert color={TONE_TEXT.danger} role="alert" title="Could not send the questionnaire">
          {describeError(send.error)}
        </Alert>
      )}
    </Stack>
  );
}
