import { Stack, Title } from '@mantine/core';
import type { OfferView } from '../../../api/schemas/vacancies';
import { ContactForm } from '../../../components/contact-form';
import { ContactLog } from '../../../components/contact-log';
import { useLogOfferContact } from '../api/use-log-offer-contact';

/** The open offer's contact log, newest first, and for admins a form to log an attempt (it
 * counts on the person's entry too, towards "not contactable"). */
export function OfferContacts({ offer, canAct }: { offer: OfferView; canAct: boolean }) {
  const log = useLogOfferContact(offer.id);
  return (
    <Stack gap="sm" component="section" aria-labelledby="offer-contacts-heading">
      <Title order={2} size="h3" id="offer-contacts-heading">
        Contact attempts about this offer
      </Title>
      <ContactLog contacts={offer.contacts} label="Contact attempts about this offer" />
      {canAct && (
        <ContactForm
          label="Log a contact attempt about this offer"
          onLog={(contact) => log.mutateAsync(contact)}
          busy={log.isPending}
          error={log.error}
        />
      )}
    </Stack>
  );
}
