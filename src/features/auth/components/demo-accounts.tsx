import { TONE_TEXT } from '../../../components/tones';
import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { describeError } from '../../../api/api-error';
import { roleLabel, type StaffUser } from '../../../api/schemas/staff';
import { demoAccountQueries } from '../api/demo-accounts';
import { signIn } from '../api/sign-in';

/** Mock mode: one button per seeded account so a demo starts in one click. */
export function DemoAccounts({ onSignedIn }: { onSignedIn: (user: StaffUser) => void }) {
  const accounts = useQuery(demoAccountQueries.all());
  const mutation = useMutation({
    mutationFn: signIn,
    // The button sends the demo password; a temporary one set in this demo replaces it (and
    // is refused here), so only a signed-in outcome is expected.
    onSuccess: (outcome) => 'user' in outcome && onSignedIn(outcome.user),
  });

  // The heading needs no data, so it paints with the page; the accounts follow from the mock.
  const heading = (
    <Text size="sm">Demo accounts on the mock backend: one click signs in as that person.</Text>
  );
  if (accounts.isPending) {
    return (
      <Stack gap="xs">
        {heading}
        <Skeleton height={200} role="status" aria-label="Loading demo accounts" />
      </Stack>
    );
  }
  if (accounts.isError)
    return (
      <Alert color={TONE_TEXT.danger} role="alert">
        {describeError(accounts.error)}
      </Alert>
    );

  return (
    <Stack gap="xs">
      {heading}
      <Text size="sm" c="dimmed">
        Password for every demo account: {accounts.data.password}
      </Text>
      {mutation.isError && (
        <Alert color={TONE_TEXT.danger} role="alert">
          {describeError(mutation.error)}
        </Alert>
      )}
      {accounts.data.items.map((account) => {
        const label = `Sign in as ${account.name}, ${roleLabel(account)}`;
        return (
          <Button
            key={account.id}
            variant="default"
            justify="flex-start"
            loading={mutation.isPending && mutation.variables?.email === account.email}
            onClick={() =>
              mutation.mutate({ email: account.email, password: accounts.data.password })
            }
          >
            {label}
          </Button>
        );
      })}
    </Stack>
  );
}
