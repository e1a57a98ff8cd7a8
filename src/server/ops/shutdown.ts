import type { Server, ServerResponse } from 'node:http';

// A graceful stop of the HTTP server (SIGTERM: an orchestrator replacing the instance). New
// connections are refused at once, so a client or balancer retries elsewhere; every request
// already received is answered; kept-alive connections close after their answer instead of
// taking another request. Only when requests outlast the timeout are their connections cut.

export interface Draining {
  /** True once the stop has begun: /readyz answers 503. */
  readonly draining: boolean;
  /** Stops accepting and resolves when every request in flight has been answered, or the
   * timeout has passed and the rest were cut (`cut` counts their connections). */
  close(timeoutMs: number): Promise<{ cut: number }>;
}

export function drainingServer(server: Server): Draining {
  let draining = false;
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req, res) => {
    // Answered with Connection: close once draining, so no further request rides on it.
    if (draining) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
  });
  let closing: Promise<{ cut: number }> | null = null;
  return {
    get draining() {
      return draining;
    },
    close(timeoutMs) {
      return (closing ??= new Promise((resolve) => {
        draining = true;
        let cut = 0;
        const timer = setTimeout(() => {
          cut = inFlight.size;
          server.closeAllConnections();
        }, timeoutMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve({ cut });
        });
        // Idle kept-alive connections would otherwise hold close() open until they time out;
        // busy ones get Connection: close on the answer they are waiting for.
        server.closeIdleConnections();
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      }));
    },
  };
}
