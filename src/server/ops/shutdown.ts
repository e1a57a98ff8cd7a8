import type { Server as HttpServer, ServerResponse } from 'node:http';
import { Server, type Socket } from 'node:net';

// A graceful stop of the HTTP server (SIGTERM: an orchestrator replacing the instance). New
// connections are refused at once, so a client or balancer retries elsewhere; every request
// already sent on an open connection is answered, with Connection: close so none follows it;
// a connection is closed only once it is idle and nothing more has arrived on it. Only when
// requests outlast the timeout are their connections cut.

/** How often idle connections are looked at while draining. */
const SWEEP_MS = 100;

export interface Draining {
  /** True once the stop has begun: /readyz answers 503. */
  readonly draining: boolean;
  /** Stops accepting and resolves when every request in flight has been answered, or the
   * timeout has passed and the rest were cut (`cut` counts them). */
  close(timeoutMs: number): Promise<{ cut: number }>;
}

export function drainingServer(server: HttpServer): Draining {
  let draining = false;
  const sockets = new Set<Socket>();
  const inFlight = new Set<ServerResponse>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('request', (_req, res: ServerResponse) => {
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
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        const sweep = idleSweep(sockets, inFlight);
        // In the check phase, after the poll phase has read what has arrived: a request sent
        // while the event loop was busy is read, not mistaken for an idle connection.
        const sweeper = setInterval(() => setImmediate(sweep), SWEEP_MS);
        let cut = 0;
        const timer = setTimeout(() => {
          cut = inFlight.size;
          server.closeAllConnections();
        }, timeoutMs);
        // net.Server's close, not http.Server's: that one also closes every connection with no
        // request under way at once, dropping requests sent while the event loop was busy.
        Server.prototype.close.call(server, () => {
          clearTimeout(timer);
          clearInterval(sweeper);
          resolve({ cut });
        });
      }));
    },
  };
}

/** Closes each connection with no request under way on which no byte has arrived since the
 * previous sweep (an open request keeps its connection, however slow). */
function idleSweep(sockets: Set<Socket>, inFlight: Set<ServerResponse>): () => void {
  const seen = new Map<Socket, number>();
  return () => {
    const busy = new Set([...inFlight].map((res) => res.socket));
    for (const socket of sockets) {
      if (busy.has(socket)) seen.delete(socket);
      else if (seen.get(socket) === socket.bytesRead) socket.destroy();
      else seen.set(socket, socket.bytesRead);
    }
  };
}
