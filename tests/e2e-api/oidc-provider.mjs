// A local OpenID provider for the end-to-end tests: oidc-provider (a dev
// dependency, never shipped) standing in for NHS CIS2 or Entra ID, on this machine only.
//
//   OIDC_PROVIDER_PORT  where it listens on 127.0.0.1 (its issuer is http://127.0.0.1:PORT)
//   OIDC_CLIENT_ID      the one client registered: private_key_jwt, PKCE required
//   OIDC_CLIENT_JWK     that client's public key (JWK JSON); the server holds the private one
//   OIDC_REDIRECT_URI   the client's one redirect URI
//
// Its sign-in page knows the accounts in USERS below, all with the password PASSWORD. Consent
// is implied for this first-party client (as with CIS2, where staff accept its terms once).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

export const PASSWORD = 'provider-test-password';
/** Who can sign in here: one whose email is a demo staff account's (Priya Shah), one no
 * staff account knows, and one an admin adds during the run (then deactivates). */
export const USERS = {
  'priya.shah': { sub: 'e2e-subject-priya-0001', email: 'priya.shah@nhs.net', name: 'Priya Shah' },
  'alex.unknown': {
    sub: 'e2e-subject-alex-0002',
    email: 'alex.unknown@nhs.net',
    name: 'Alex Unknown',
  },
  'lee.leaver': { sub: 'e2e-subject-lee-0003', email: 'lee.leaver@nhs.net', name: 'Lee Leaver' },
};
const ACR = 'AAL3_ANY';

const port = Number(process.env.OIDC_PROVIDER_PORT ?? 8790);
const issuer = `http://127.0.0.1:${port}`;
const clientId = process.env.OIDC_CLIENT_ID ?? 'cohort-register-e2e';
const redirectUri = process.env.OIDC_REDIRECT_URI ?? 'http://127.0.0.1:8787/api/auth/oidc/callback';
const clientJwk = JSON.parse(process.env.OIDC_CLIENT_JWK ?? 'null');
if (!clientJwk) throw new Error('OIDC_CLIENT_JWK (the client public key) is required');

const bySub = new Map(Object.values(USERS).map((user) => [user.sub, user]));
const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      redirect_uris: [redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'private_key_jwt',
      jwks: { keys: [clientJwk] },
    },
  ],
  clientAuthMethods: ['private_key_jwt'],
  pkce: { required: () => true },
  acrValues: [ACR],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  jwks: { keys: [{ ...signingKey.export({ format: 'jwk' }), kid: 'e2e-provider', use: 'sig' }] },
  async findAccount(_ctx, sub) {
    const user = bySub.get(sub);
    if (!user) return undefined;
    return {
      accountId: sub,
      claims: async () => ({ sub, email: user.email, email_verified: true, name: user.name }),
    };
  },
  // First-party client: the scopes it asks for are granted without a consent page.
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

const escape = (text) => String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function page(uid, error = '') {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in – local test provider</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<main>
<h1>Local test identity provider</h1>
<p>Stands in for NHS CIS2 or Microsoft Entra ID in the end-to-end tests.</p>
${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}">
<p><label for="username">Username</label><br><input id="username" name="username" autocomplete="username" required></p>
<p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Continue</button></p>
</form>
</main>
</body>
</html>`;
}

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 10_000) req.destroy();
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

const callback = provider.callback();
const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', issuer);
  const interaction = /^\/interaction\/([\w-]+)$/.exec(pathname);
  if (!interaction) return callback(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(page(details.uid));
    }
    const form = await readForm(req);
    const user = USERS[form.get('username') ?? ''];
    if (!user || form.get('password') !== PASSWORD) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(page(details.uid, 'That username and password do not match.'));
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.sub, acr: ACR, amr: ['pwd'] } },
      { mergeWithLastSubmission: false },
    );
  } catch (error) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`interaction failed: ${error.name}`);
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`local OpenID provider: ${issuer} (client ${clientId})`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
