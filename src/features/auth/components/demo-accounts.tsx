import { TONE_TEXT } from '../../../components/tones';
import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { describeError } from '../../../api/api-error';
import { roleLabel, type StaffUser } from '../../../api/schemas/staff';
import { demoAccountQueries } from '../api/demo-accounts';
import { signIn } from '../api/session';

/** Mock mode: one button per seeded account so a demo starts in one click. */
export function DemoAccounts({ onSignedIn }: { onSignedIn: (user: StaffUser) => void }) {
  const accounts = useQuery(demoAccountQueries.all());
  const mutation = useMutation({ mutationFn: signIn, onSuccess: onSignedIn });

  if (accounts.isPending) return <Skeleton height={200} role="status" aria-label="Loading demo accounts" />;
  if (accounts.isError) return <Alert color={TONE_TEXT.danger} role="alert">{describeError(accounts.error)}</Alert>;

  return (
    <Stack gap="xs">
      <Text size="sm">Demo accounts (mock backend; password {accounts.data.password}):</Text>
      {mutation.isError && <Alert color={TONE_TEXT.danger} role="alert">{describeError(mutation.error)}</Alert>}
      {accounts.data.items.map((account) => {
        const label = `Sign in as ${account.name}, ${roleLabel(account)}`;
        return (
          <Button
            key={account.id}
            variant="default"
            justify="flex-start"
            loading={mutation.isPending && mutation.variables?.email === account.email}
            onClick={() => mutation.mutate({ email: account.email, password: accounts.data.password })}
          >
            {label}
          </Button>
        );
      })}
    </Stack>
  );
}
