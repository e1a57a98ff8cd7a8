import './global.css';
import { Outlet, useLocation } from '@tanstack/react-router';
import { ConnectionBanner } from './connection-banner';
import { FollowSessionEnd } from './follow-session-end';
import { WithMantine } from './with-mantine';

/** Every page, signed in or not (the sign-in page and the print view too). Every page but the
 * sign-in page is drawn inside Mantine; the sign-in page is native elements, so the first page
 * loads none of it (docs/startup-cost.md). */
export function RootLayout() {
  const signIn = useLocation({ select: (location) => location.pathname === '/sign-in' });
  return (
    <>
      {signIn ? (
        <Outlet />
      ) : (
        <WithMantine>
          <Outlet />
        </WithMantine>
      )}
      <ConnectionBanner />
      <FollowSessionEnd />
    </>
  );
}
