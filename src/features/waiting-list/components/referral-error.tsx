import { Alert, Stack, Text } from '@mantine/core';
import { isApiError } from '../../../api/api-error';
import { declaredCurrent } from '../../../api/declared-errors';
import { referralEndpoints } from '../../../api/endpoints/referrals';
import { AnchorLink } from '../../../components/anchor-link';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { TONE_TEXT } from '../../../components/tones';

const existingEntry = declaredCurrent(referralEndpoints, 409, 'POST /referrals');

/** Why the server did not add the referral, next to the form (whose input is kept). */
export function ReferralError({ error }: { error: unknown }) {
  if (isApiError(error) && error.code === 'ineligible_borough') {
    return (
      <Alert color={TONE_TEXT.warning} role="alert" title="Not eligible for this course">
        <Text size="sm">{error.message}</Text>
      </Alert>
    );
  }
  if (isApiError(error) && error.code === 'duplicate_nhs_number') {
    const id = existingEntry(error)?.current?.id ?? null;
    return (
      <Alert color={TONE_TEXT.warning} role="alert" title="Already on the waiting list">
        <Stack gap={4} align="flex-start">
          <Text size="sm">{error.message}</Text>
          {id && (
            <AnchorLink
              to="/waiting-list/$referralId"
              params={{ referralId: id }}
              c={TONE_TEXT.info}
              fw={700}
            >
              Open the existing entry
            </AnchorLink>
          )}
        </Stack>
      </Alert>
    );
  }
  return <FormErrorAlert title="The referral was not added" error={error} />;
}
