import type { QueryClient } from '@tanstack/react-query';
import { whenIdle } from '../lib/lazy-component';

/** Runs `task` once the page's data has answered and the browser is idle after that. Idle
 * alone comes while the first screen still waits on the network (the register's data on a
 * slow phone), and work started then competes with it for the connection and, once its
 * answer is in, for the main thread. Returns the way to cancel it. */
export function afterFirstScreen(queryClient: QueryClient, task: () => void): () => void {
  let cancelIdle: (() => void) | undefined;
  let stopWatching: (() => void) | undefined;
  const settled = () => queryClient.isFetching() === 0;
  const idle = () => {
    cancelIdle = whenIdle(() => {
      cancelIdle = undefined;
      if (settled()) task();
      else wait();
    });
  };
  const wait = () => {
    stopWatching = queryClient.getQueryCache().subscribe(() => {
      if (!settled()) return;
      stopWatching?.();
      stopWatching = undefined;
      idle();
    });
  };
  if (settled()) idle();
  else wait();
  return () => {
    cancelIdle?.();
    stopWatching?.();
  };
}
