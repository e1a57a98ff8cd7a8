import type { ErrorComponentProps } from '@tanstack/react-router';
import { createContext, Suspense, useContext, type ReactNode } from 'react';
import { lazyComponent } from '../lib/lazy-component';

// Mantine (its provider, styles engine and stylesheets) is a chunk of its own, ./mantine-frame.tsx:
// the sign-in page, the first page anyone opens, is drawn without it, and every other page is
// drawn inside it. Everything here stays small: it is in the entry chunk every page loads.

/** True inside the frame: a part that wraps itself in it (the error page) is not wrapped twice. */
export const InsideMantine = createContext(false);

// One import of the frame for all three parts: each import() carries its own list of files.
const loadFrame = () => import('./mantine-frame');
const Frame = lazyComponent(loadFrame, 'MantineFrame');

/** Starts loading the frame (a page behind sign-in is opening, or someone is signing in). */
export function preloadMantine(): void {
  void Frame.preload();
}

/** Its children inside Mantine's provider, once the frame's code is here (nothing shows
 * before: every page behind sign-in loads code of its own at the same time anyway). */
export function WithMantine({ children }: { children: ReactNode }) {
  if (useContext(InsideMantine)) return children;
  return (
    <Suspense fallback={null}>
      <Frame>{children}</Frame>
    </Suspense>
  );
}

// The router's error and not-found pages use Mantine; they travel in the frame's chunk, so
// on any page behind sign-in they are here before they are needed (offline included).
const FramedRouteError = lazyComponent(
  () => loadFrame().catch(() => ({ RouteError: PlainRouteError })),
  'RouteError',
);
const FramedNotFound = lazyComponent(loadFrame, 'NotFoundPage');

export function RouteErrorView(props: ErrorComponentProps) {
  return (
    <WithMantine>
      <FramedRouteError {...props} />
    </WithMantine>
  );
}

export function NotFoundView() {
  return (
    <WithMantine>
      <FramedNotFound />
    </WithMantine>
  );
}

/** Only when the frame itself cannot load (offline on the sign-in page, the one page drawn
 * without it): the words, without Mantine. Behind sign-in the frame is always here already. */
function PlainRouteError(_: ErrorComponentProps) {
  return (
    <p role="alert" style={{ padding: 16 }}>
      This page could not load. Check the connection, then reload the page.
    </p>
  );
}
