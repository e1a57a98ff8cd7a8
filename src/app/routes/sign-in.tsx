import { useNavigate, useSearch } from '@tanstack/react-router';
import { IS_MOCK_MODE } from '../../features/auth/api/demo-accounts';
import { DemoAccountsSlot } from '../../features/auth/components/demo-accounts-slot';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { Notice } from '../../features/auth/components/sign-in-parts';
import classes from '../../features/auth/components/sign-in.module.css';
import { SIGN_IN_REASONS, SingleSignOn } from '../../features/auth/components/single-sign-on';
import { SIGN_OUT_NOTICES, type SignOutReason } from '../../features/auth/session-end';
import { useMantineSchemeWithoutMantine } from '../../lib/color-scheme';
import { preloadMantine } from '../with-mantine';

// The first page anyone opens, so it carries only what a sign-in form needs: native elements
// and one small stylesheet, no Mantine (its provider and styles load with the app behind
// sign-in, src/app/root-layout.tsx). docs/startup-cost.md has the figures.
export default function SignInRoute() {
  const { redirect, reason, minutes } = useSearch({ from: '/sign-in' });
  const navigate = useNavigate();
  useMantineSchemeWithoutMantine();
  const why = !reason
    ? undefined
    : reason in SIGN_OUT_NOTICES
      ? SIGN_OUT_NOTICES[reason as SignOutReason](minutes)
      : SIGN_IN_REASONS[reason];
  const onSignedIn = () => {
    // Already a page of this app, never this one (routes-root.ts); '/' sends each role to its
    // start page.
    void navigate({ to: redirect ?? '/', replace: true });
  };

  return (
    // Someone about to sign in: the app behind it (drawn inside Mantine) starts loading now, so
    // it is here when the sign-in answers. Not before: the page's own first paint comes first.
    <main className={classes.page} onFocus={preloadMantine}>
      <div className={classes.card}>
        <div className={classes.stack}>
          <div>
            <h1 className={classes.title}>Pain course register</h1>
            <p className={classes.dimmed}>Persistent pain self-management course · staff sign-in</p>
          </div>
          {why && (
            <Notice
              tone={why.refused ? 'danger' : 'info'}
              role={why.refused ? 'alert' : 'status'}
              title={why.title}
            >
              {why.text}
            </Notice>
          )}
          <SignInForm onSignedIn={onSignedIn} />
          <SingleSignOn returnTo={redirect} />
          {IS_MOCK_MODE && <DemoAccountsSlot onSignedIn={onSignedIn} />}
        </div>
      </div>
    </main>
  );
}
