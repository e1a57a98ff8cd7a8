// A local stand-in for GOV.UK Notify's API for the end-to-end tests, on this
// machine only. It checks what the real API checks and refuses anything else the way Notify
// does (the status codes and error shapes of https://docs.notifications.service.gov.uk/rest-api.html):
//
//   NOTIFY_STAND_IN_PORT       where it listens on 127.0.0.1
//   NOTIFY_STAND_IN_KEY        the API key the server was given ({name}-{service id}-{secret})
//   NOTIFY_STAND_IN_TEMPLATES  JSON: { "sms": "<template id>", "email": "<template id>" }
//   NOTIFY_STAND_IN_FIELDS     JSON: the personalisation keys every template takes
//   NOTIFY_STAND_IN_MORE       JSON: more templates, [{ "type", "id", "fields" }] (reminders)
//
// Every request needs `Authorization: Bearer <JWT>`: HS256 signed with the key's secret, `iss`
// the key's service id, `iat` within 30 seconds of now (403 AuthError otherwise). A send needs
// a known template id of its type (400 BadRequestError) and exactly the template's
// personalisation fields, each a string (400). What was accepted and what was refused are
// kept for the test: GET /_received, GET /_refused, POST /_reset (no auth: the test reads them).
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const port = Number(process.env.NOTIFY_STAND_IN_PORT ?? 8793);
const key = process.env.NOTIFY_STAND_IN_KEY ?? '';
const templates = JSON.parse(process.env.NOTIFY_STAND_IN_TEMPLATES ?? '{}');
const offerFields = JSON.parse(process.env.NOTIFY_STAND_IN_FIELDS ?? '[]');
const more = JSON.parse(process.env.NOTIFY_STAND_IN_MORE ?? '[]');
const shape = /^(.+)-([0-9a-f-]{36})-([0-9a-f-]{36})$/.exec(key);
if (!shape) throw new Error('NOTIFY_STAND_IN_KEY must be a Notify API key');
const [, , serviceId, secret] = shape;

/** Accepted messages, and refused requests (status and why). */
let received = [];
let refused = [];
/** Each message's status as GET /v2/notifications/:id says it: sending, then delivered. */
const asked = new Map();

const fromB64url = (text) => JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));

/** null when the token is one Notify would accept; otherwise why not. */
function tokenProblem(header, now = Date.now()) {
  const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
  if (!token) return 'Unauthorized: authentication token must be provided';
  const parts = token.split('.');
  if (parts.length !== 3) return 'Invalid token: not a JWT';
  let head;
  let claims;
  try {
    head = fromB64url(parts[0]);
    claims = fromB64url(parts[1]);
  } catch {
    return 'Invalid token: not a JWT';
  }
  if (head.alg !== 'HS256') return 'Invalid token: algorithm must be HS256';
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return 'Invalid token: signature, api token not found';
  if (claims.iss !== serviceId) return 'Invalid token: service not found';
  if (typeof claims.iat !== 'number' || Math.abs(now / 1000 - claims.iat) > 30)
    return 'Error: Your system clock must be accurate to within 30 seconds';
  return null;
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function refuse(res, status, error, message, path) {
  refused.push({ status, error, message, path });
  send(res, status, { errors: [{ error, message }], status_code: status });
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > 100_000) reject(new Error('too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Why a send's body is not one this template takes, or null. */
function bodyProblem(type, body) {
  if (!body || typeof body !== 'object') return 'Invalid JSON body';
  const extraTemplate = more.find((t) => t.type === type && t.id === body.template_id);
  if (body.template_id !== templates[type] && !extraTemplate) return 'Template not found';
  const fields = extraTemplate ? extraTemplate.fields : offerFields;
  const to = type === 'sms' ? body.phone_number : body.email_address;
  if (type === 'sms' && !/^(?:(?:\+|00)?44|0)7\d{9}$/.test(String(to).replace(/[\s()-]/g, '')))
    return 'phone_number Not a UK mobile number';
  if (type === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(to)))
    return 'email_address Not a valid email address';
  const p = body.personalisation;
  if (!p || typeof p !== 'object') return 'Missing personalisation: ' + fields.join(', ');
  const missing = fields.filter((f) => typeof p[f] !== 'string' || p[f] === '');
  if (missing.length) return `Missing personalisation: ${missing.join(', ')}`;
  const extra = Object.keys(p).filter((f) => !fields.includes(f));
  // Notify ignores unknown fields; the stand-in refuses them, so nothing slips into a message.
  if (extra.length) return `Unexpected personalisation: ${extra.join(', ')}`;
  return null;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  try {
    if (req.method === 'GET' && url.pathname === '/_health') return send(res, 200, { ok: true });
    if (req.method === 'GET' && url.pathname === '/_received') return send(res, 200, received);
    if (req.method === 'GET' && url.pathname === '/_refused') return send(res, 200, refused);
    if (req.method === 'POST' && url.pathname === '/_reset') {
      received = [];
      refused = [];
      asked.clear();
      return send(res, 200, { ok: true });
    }
    const problem = tokenProblem(req.headers.authorization);
    if (problem) return refuse(res, 403, 'AuthError', problem, url.pathname);
    const sendType = /^\/v2\/notifications\/(sms|email)$/.exec(url.pathname)?.[1];
    if (req.method === 'POST' && sendType) {
      let body;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return refuse(res, 400, 'BadRequestError', 'Invalid JSON body', url.pathname);
      }
      const why = bodyProblem(sendType, body);
      if (why) return refuse(res, 400, 'BadRequestError', why, url.pathname);
      const id = randomUUID();
      received.push({ id, type: sendType, ...body });
      return send(res, 201, {
        id,
        reference: body.reference ?? null,
        content:
          sendType === 'sms'
            ? { body: 'A place has come up', from_number: 'GOVUK' }
            : { body: 'A place has come up', subject: 'A place', from_email: 'x@notify.invalid' },
        uri: `http://127.0.0.1:${port}/v2/notifications/${id}`,
        template: { id: body.template_id, version: 1, uri: 'about:blank' },
      });
    }
    const one = /^\/v2\/notifications\/([0-9a-f-]{36})$/.exec(url.pathname)?.[1];
    if (req.method === 'GET' && one) {
      const message = received.find((m) => m.id === one);
      if (!message) return refuse(res, 404, 'NoResultFound', 'No result found', url.pathname);
      // Sending at the first ask, delivered from the second: the server records each change.
      const times = (asked.get(one) ?? 0) + 1;
      asked.set(one, times);
      return send(res, 200, {
        id: one,
        reference: message.reference ?? null,
        type: message.type,
        status: times === 1 ? 'sending' : 'delivered',
        template: { id: message.template_id, version: 1, uri: 'about:blank' },
        body: 'A place has come up',
        created_at: new Date().toISOString(),
      });
    }
    return refuse(res, 404, 'NotFound', 'Not found', url.pathname);
  } catch (error) {
    return send(res, 500, { errors: [{ error: 'Exception', message: String(error.message) }] });
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Notify stand-in on http://127.0.0.1:${port}`);
});
