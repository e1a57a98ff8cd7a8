import { Agent, request } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from '../../src/server/http/app-env';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Serves the app on a free loopback port. Requests go through node:http, not fetch, so a
 * test can send what a browser's fetch will not: TRACE, a raw `%ZZ`, any Host header. They
 * share one kept-alive connection, as a browser's would, so an answer that leaves the
 * connection unusable fails the request after it. */
export async function serveForTest(app: Hono<AppEnv>) {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as { port: number }).port;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send = (
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {},
  ) =>
    new Promise<RawResponse>((resolve, reject) => {
      const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, ...options.headers };
      if (options.body !== undefined && !options.chunked)
        headers['Content-Length'] = String(Buffer.byteLength(options.body));
      const req = request({ agent, host: '127.0.0.1', port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      });
      req.on('error', reject);
      if (options.body !== undefined) req.write(options.body);
      req.end();
    });
  const close = () =>
    new Promise<void>((resolve) => {
      agent.destroy();
      server.close(() => resolve());
      if ('closeAllConnections' in server) server.closeAllConnections();
    });
  return { port, send, close };
}
