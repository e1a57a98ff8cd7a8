// The loop every scheduled job shares: run now, then every `everyMs`, never two runs of one job
// at once on this instance (a run still going when the next is due is not started again), and
// a timer that does not keep the process alive. Returns stop, which waits for a run under way,
// so a graceful shutdown ends with no job half done.

export function repeatEvery(everyMs: number, run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= run().finally(() => (running = null));
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
