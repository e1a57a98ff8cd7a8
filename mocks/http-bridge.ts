import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';

export interface BridgeOptions {
  handlers: RequestHandler[];
  /** The one browser origin allowed to call with credentials (the app's own origin). */
  appOrigin: string;
  /** Bodies past this are refused before they reach a handler. */
  maxBodyBytes?: number;
}

const ALLOWED_HEADERS = 'Authorization, Content-Type, If-Match, Idempotency-Key, Accept';
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

function errorJson(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  cors: Record<string, string>,
) {
  res.writeHead(status, { ...cors, 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ error: { code, message } }));
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** CORS for exactly one origin. A wildcard cannot be used with credentials, and reflecting
 * any origin would let every site call the API with a signed-in browser's credentials. */
function corsHeaders(origin: string | undefined, appOrigin: string): Record<string, string> {
  if (!origin || origin !== appOrigin) return { Vary: 'Origin' };
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  };
}

/** node:http -> Fetch Request -> the same MSW handlers the browser and tests use -> node:http. */
export function createBridge({ handlers, appOrigin, maxBodyBytes = 1_000_000 }: BridgeOptions) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cors = corsHeaders(req.headers.origin, appOrigin);
    try {
      if (req.method === 'OPTIONS') {
        if (!cors['Access-Control-Allow-Origin'])
          return errorJson(res, 403, 'forbidden', 'This origin may not call the API.', cors);
        res.writeHead(204, {
          ...cors,
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
        });
        return void res.end();
      }
      const method = req.method ?? 'GET';
      // A plain cross-site form POST skips the CORS preflight: any write that says it comes
      // from another origin is refused before it reaches a handler.
      const origin = req.headers.origin;
      if (method !== 'GET' && method !== 'HEAD' && origin && origin !== appOrigin) {
        return errorJson(res, 403, 'forbidden', 'Requests from this origin are refused.', cors);
      }
      const body = method === 'GET' || method === 'HEAD' ? null : await readBody(req, maxBodyBytes);
      if (body === null && method !== 'GET' && method !== 'HEAD') {
        return errorJson(res, 413, 'validation_failed', 'The request body is too large.', cors);
      }
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      const request = new Request(url, {
        method,
        headers,
        body: body && body.length > 0 ? new Uint8Array(body) : undefined,
      });
      const response = await getResponse(handlers, request);
      if (!response)
        return errorJson(res, 404, 'not_found', `No endpoint ${method} ${url.pathname}.`, cors);
      const out: Record<string, string> = { ...cors };
      response.headers.forEach((value, key) => (out[key] = value));
      const payload = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, out);
      res.end(payload);
    } catch (e) {
      console.error('[api] bridge error', e);
      if (!res.headersSent) errorJson(res, 500, 'server_error', 'The server had a problem.', cors);
      else res.end();
    }
  };
}
