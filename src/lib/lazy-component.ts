import { createElement, lazy, type ComponentType, type ReactNode } from 'react';

// Code that loads when first needed (a page, a dialog), and a load that fails (offline, a
// dropped connection) without losing the page: the error goes to the nearest error boundary,
// which offers to try again. TanStack Router's lazyRouteComponent reloads the whole page on
// such an error, over marks not yet saved (and offline, onto the browser's own error page);
// React.lazy alone keeps the failure until a reload.

export interface LazyComponent<P> {
  (props: P): ReactNode;
  /** Loads the code now; resolves whether or not it loaded (a failure shows when rendered). */
  preload: () => Promise<void>;
}

// Loads that failed, each with the way to start it again.
const failed = new Set<(force: boolean) => Promise<void>>();

/** Starts again every load that failed, for an error boundary's "Try again". */
export function retryFailedLoads(): Promise<unknown> {
  return Promise.all([...failed].map((load) => load(true)));
}

// A load that failed this recently is not started again by a plain preload (the router's, as
// it renders the error), only by a retry: one attempt per "Try again", never a loop.
const QUIET_MS = 2000;

type PropsOf<C> = C extends ComponentType<infer P> ? P : never;

export function lazyComponent<M, K extends keyof M = 'default' & keyof M>(
  importer: () => Promise<M>,
  exportName: K = 'default' as K,
): LazyComponent<PropsOf<M[K]>> {
  let component: ComponentType<object> | undefined;
  let failure: unknown;
  let failedAt = 0;
  let attempt: Promise<void> | undefined;
  let settled = false;
  // React.lazy renders it (Suspense, and no new request on each render attempt); after a
  // failure, the next attempt comes with a new one, since a React.lazy stays rejected.
  const view = () =>
    lazy(() =>
      load(false).then(() => {
        if (failure !== undefined) throw failure;
        return { default: component as ComponentType<object> };
      }),
    );
  let current = view();
  const load = (force: boolean): Promise<void> => {
    const again = settled && failure !== undefined && (force || Date.now() - failedAt > QUIET_MS);
    if (!attempt || again) {
      if (again) current = view();
      failure = undefined;
      settled = false;
      failed.delete(load);
      attempt = importer().then(
        (module) => {
          component = module[exportName] as ComponentType<object>;
          settled = true;
        },
        (error: unknown) => {
          failure = error;
          failedAt = Date.now();
          settled = true;
          failed.add(load);
        },
      );
    }
    return attempt;
  };
  // Once loaded, rendered as itself: no suspending for code already here (preloaded).
  const Lazy = (props: object) => createElement(component ?? current, props);
  Lazy.preload = () => load(false);
  return Lazy as LazyComponent<PropsOf<M[K]>>;
}

/** A failed load of code (a page or a part of one), as the browsers word it. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /dynamically imported module|Importing a module script failed|Unable to preload/.test(
    message,
  );
}

/** Runs `task` when the browser is idle (Safari has no requestIdleCallback: a short wait). */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 4000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 1500);
  return () => window.clearTimeout(id);
}
