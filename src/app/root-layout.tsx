import { Outlet } from '@tanstack/react-router';
import { ConnectionBanner } from './connection-banner';
import { FollowSessionEnd } from './follow-session-end';

/** Every page, signed in or not (the sign-in page and the print view too). */
export function RootLayout() {
  return (
    <>
      <Outlet />
      <ConnectionBanner />
      <FollowSessionEnd />
    </>
  );
}
