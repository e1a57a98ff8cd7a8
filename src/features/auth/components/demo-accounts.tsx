import { useMutation, useQuery } from '@tanstack/react-query';
import { describeError } from '../../../api/api-error';
import { roleLabel, type StaffUser } from '../../../api/schemas/staff';
import { demoAccountQueries } from '../api/demo-accounts';
import { signIn } from '../api/sign-in';
import { Button, Notice, Skeleton } from './sign-in-parts';
import classes from './sign-in.module.css';

/** Mock mode: one button per seeded account so a demo starts in one click. The sign-in page
 * loads this with its heading already on screen (./demo-accounts-slot.tsx). */
export function DemoAccounts({ onSignedIn }: { onSignedIn: (user: StaffUser) => void }) {
  const accounts = useQuery(demoAccountQueries.all());
  const mutation = useMutation({
    mutationFn: signIn,
    // The button sends the demo password; a temporary one set in this demo replaces it (and
    // is refused here), so only a signed-in outcome is expected.
    onSuccess: (outcome) => 'user' in outcome && onSignedIn(outcome.user),
  });

  if (accounts.isPending) return <Skeleton label="Loading demo accounts" />;
  if (accounts.isError)
    return (
      <Notice tone="danger" role="alert">
        {describeError(accounts.error)}
      </Notice>
    );

  return (
    <>
      <p className={classes.dimmed}>Password for every demo account: {accounts.data.password}</p>
      {mutation.isError && (
        <Notice tone="danger" role="alert">
          {describeError(mutation.error)}
        </Notice>
      )}
      {accounts.data.items.map((account) => (
        <Button
          key={account.id}
          variant="plain"
          busy={mutation.isPending && mutation.variables?.email === account.email}
          onClick={() =>
            mutation.mutate({ email: account.email, password: accounts.data.password })
          }
        >
          {`Sign in as ${account.name}, ${roleLabel(account)}`}
        </Button>
      ))}
    </>
  );
}
