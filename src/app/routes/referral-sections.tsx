import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { ReferralDetail } from '../../api/schemas/referrals';
import type { CloseReason } from '../../domain/referral-closure';
import { ReferralClosing } from '../../features/waiting-list/components/referral-closing';
import { ReferralContacts } from '../../features/waiting-list/components/referral-contacts';
import { ReferralDetails } from '../../features/waiting-list/components/referral-details';
import { ReferralEditForm } from '../../features/waiting-list/components/referral-edit-form';
import { ReferralHistory } from '../../features/waiting-list/components/referral-history';

/** The entry's page below its title: details (or the edit form), contact attempts, closing
 * and history. Loaded
 * apart from the route (React.lazy), so the list of chunks the router keeps for each page
 * does not grow with the forms: every page, the register included, loads that list. */
export default function ReferralSections({
  referral,
  manages,
}: {
  referral: ReferralDetail;
  manages: boolean;
}) {
  const [editing, setEditing] = useState(false);
  // The close dialog: null when shut; '' or a reason (the contact log may suggest one).
  const [closing, setClosing] = useState<CloseReason | '' | null>(null);
  return (
    <Stack gap="xl">
      {editing ? (
        <ReferralEditForm referral={referral} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="md">
          <ReferralDetails referral={referral} />
          {manages && (
            <Group>
              <Button variant="default" onClick={() => setEditing(true)}>
                Edit entry
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <ReferralContacts
        referral={referral}
        manages={manages}
        onSuggestClose={() => setClosing('not_contactable')}
      />
      {manages && <ReferralClosing referral={referral} closing={closing} onClosing={setClosing} />}
      <ReferralHistory referralId={referral.id} />
    </Stack>
  );
}
