import { Alert, Button, CopyButton, Stack, Text, Textarea } from '@mantine/core';
import type { OfferView } from '../../../api/schemas/vacancies';
import { TONE_TEXT } from '../../../components/tones';
import { offerScript } from '../../../domain/offer-message';
import { byHandReason } from '../by-hand';

/** While Notify has not sent the open offer, the admin contacts the person by
 * hand, with a script that says what a message would (no clinical detail) and the expiry. */
export function OfferByHand({
  offer,
  kind,
  notifyConfigured,
}: {
  offer: OfferView;
  kind: 'course' | 'workshop';
  notifyConfigured: boolean;
}) {
  const why = byHandReason(offer.contacts, notifyConfigured);
  if (offer.status !== 'open' || !offer.message || !why) return null;
  const script = offerScript(offer.message, kind);
  return (
    <Alert
      color={TONE_TEXT.warning}
      title="Contact this person by hand"
      role="region"
      aria-label="Contact this person by hand"
    >
      <Stack gap="sm">
        <Text size="sm">
          {why} Phone them, or send this by text or email, before the offer runs out at{' '}
          {offer.message.reply_by}. Then log the attempt below.
        </Text>
        <Textarea
          label="Script to read out or send"
          description="It says when the course is and how to reply, and nothing about their health"
          value={script}
          readOnly

          rows={5}
        />
        <CopyButton value={script}>
          {({ copied, copy }) => (
            <Button variant="default" size="sm" onClick={copy} w="fit-content">
              {copied ? 'Script copied' : 'Copy the script'}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}
