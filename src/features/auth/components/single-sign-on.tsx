import { useEffect, useState } from 'react';
import { singleSignOnOffered, singleSignOnUrl } from '../api/sign-in-options';
import { Divider } from './sign-in-parts';
import classes from './sign-in.module.css';

/** "Sign in with NHS login / your organisation" when the server has single sign-on set up.
 * Below the password form, so its late arrival moves nothing on screen. */
export function SingleSignOn({ returnTo }: { returnTo?: string }) {
  const [offered, setOffered] = useState(false);
  useEffect(() => {
    let live = true;
    // Not offered when the server cannot say: the password form is still there.
    singleSignOnOffered().then(
      (yes) => live && setOffered(yes),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!offered) return null;
  return (
    <>
      <Divider label="or" />
      <a className={`${classes.button} ${classes.large}`} href={singleSignOnUrl(returnTo)}>
        Sign in with NHS login / your organisation
      </a>
    </>
  );
}

/** What the sign-in page says when single sign-on sent the user back to it (the `reason`
 * search param; a session's end is ../session-end.ts). */
export const SIGN_IN_REASONS: Record<string, { title: string; text: string; refused?: boolean }> = {
  'sso-unknown': {
    title: 'No staff account is linked to that sign-in',
    text: 'Your NHS login worked, but no account in this register is linked to it. Ask your service admin to add you (with the email address your organisation uses for you), then sign in again.',
    refused: true,
  },
  'sso-deactivated': {
    title: 'Your account has been switched off',
    text: 'Your NHS login worked, but your account in this register is switched off. Ask your service admin if you still need access.',
    refused: true,
  },
  'sso-failed': {
    title: 'Single sign-on did not complete',
    text: 'The sign-in was cancelled or could not be checked. Try again; if it keeps failing, tell your service admin.',
    refused: true,
  },
  'sso-expired': {
    title: 'That sign-in took too long',
    text: 'The sign-in expired or was already used. Start again.',
    refused: true,
  },
  'sso-unavailable': {
    title: 'Single sign-on is unavailable',
    text: 'The sign-in service could not be reached. Try again in a few minutes.',
    refused: true,
  },
};
