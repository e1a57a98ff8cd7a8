import { Suspense } from 'react';
import type { StaffUser } from '../../../api/schemas/staff';
import { lazyComponent } from '../../../lib/lazy-component';
import { Divider, Skeleton } from './sign-in-parts';
import classes from './sign-in.module.css';

// Mock mode only, and never in the page's own chunk: a build for a real API leaves the demo
// accounts out of the first page's script altogether.
const DemoAccounts = lazyComponent(() => import('./demo-accounts'), 'DemoAccounts');

/** The demo accounts' place on the sign-in page: the heading paints with the page, the buttons
 * follow from the seed. */
export function DemoAccountsSlot({ onSignedIn }: { onSignedIn: (user: StaffUser) => void }) {
  return (
    <>
      <Divider label="or use a demo account" />
      <div className={classes.demo}>
        <p className={classes.small}>
          Demo accounts on the mock backend: one click signs in as that person.
        </p>
        <Suspense fallback={<Skeleton label="Loading demo accounts" />}>
          <DemoAccounts onSignedIn={onSignedIn} />
        </Suspense>
      </div>
    </>
  );
}
