import { Outlet } from '@tanstack/react-router';
import { ConnectionBanner } from './connection-banner';

/** Every page, signed in or not (the sign-in page and the print view too). */
export function RootLayout() {
  return (
    <>
      <Outlet />
      <ConnectionBanner />
    </>
  );
}
