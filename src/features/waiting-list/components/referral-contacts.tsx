import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import type { ReferralDetail } from '../../../api/schemas/referrals';
import { ContactForm } from '../../../components/contact-form';
import { ContactLog } from '../../../components/contact-log';
import { TONE_TEXT } from '../../../components/tones';
import {
  failedAttemptsSinceReached,
  suggestsNotContactable,
} from '../../../domain/contact-attempts';
import { useLogReferralContact } from '../api/use-log-referral-contact';

/** The entry's contact log (its offers' attempts included), the "not contactable" suggestion
 * after three failed attempts (src/domain/contact-attempts.ts), and, for admins, a form to log
 * another attempt. The suggestion only opens the close dialog: nothing closes by itself. */
export function ReferralContacts({
  referral,
  manages,
  onSuggestClose,
}: {
  referral: ReferralDetail;
  manages: boolean;
  onSuggestClose: () => void;
}) {
  const log = useLogReferralContact(referral.id);
  const suggest = suggestsNotContactable(referral.contacts);
  return (
    <Stack gap="sm" component="section" aria-labelledby="contacts-heading">
      <Title order={2} size="h3" id="contacts-heading">
        Contact attempts
      </Title>
      {suggest && (
        <Alert color={TONE_TEXT.warning} title="Not contactable?">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {failedAttemptsSinceReached(referral.contacts)} attempts have not reached them since
              they were last spoken to. The service usually closes an entry as “not contactable
              after attempts” at this point.
            </Text>
            {manages && referral.status === 'waiting' && (
              <Button variant="default" size="xs" onClick={onSuggestClose}>
                Close as not contactable…
              </Button>
            )}
            {manages && referral.status === 'offered' && (
              <Text size="sm">
                They hold an open offer: record its outcome on the vacancy before closing.
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      <ContactLog contacts={referral.contacts} label="Contact attempts, newest first" aboutOffer />
      {manages && (
        <ContactForm
          label="Log a contact attempt"
          onLog={(contact) => log.mutateAsync(contact)}
          busy={log.isPending}
          error={log.error}
        />
      )}
    </Stack>
  );
}
