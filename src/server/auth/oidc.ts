import { webcrypto } from 'node:crypto';
import * as client from 'openid-client';
import type { OidcSettings } from './oidc-settings';

// NHS single sign-on with openid-client v6: the authorization code flow with PKCE
// (S256), state and nonce, the client authenticated by private_key_jwt. The provider's
// metadata is discovered at the first sign-in (so the server starts while the provider is
// down) and kept; a failed discovery is tried again at the next sign-in.

/** What one sign-in round trip keeps between its start and its callback: in a short-lived
 * httpOnly cookie of its own (./session-cookie.ts), never in a URL beyond what the protocol
 * sends itself (state). `at` is when it started, for the ten-minute limit. */
export interface SignOnFlow {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  at: number;
}

/** Who the provider says signed in. */
export interface SignOnIdentity {
  issuer: string;
  /** `sub`; for Entra ID the object id (`oid`), the same person for every app in the tenant. */
  subject: string;
  /** Only when the provider does not say it is unverified; links a pre-created account at its
   * first single sign-on, never later. */
  email: string | null;
}

/** The provider answered, but not with a sign-in this service accepts (cancelled, wrong
 * tenant, too weak an authentication). */
export class SignOnFailed extends Error {
  override name = 'SignOnFailed';
}

export const FLOW_MAX_AGE_MS = 10 * 60_000;

export class OidcClient {
  #configuration: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  /** The provider's address to send the browser to, and what its callback must match. */
  async start(returnTo: string, now = Date.now()): Promise<{ url: URL; flow: SignOnFlow }> {
    const config = await this.configuration();
    const flow: SignOnFlow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      returnTo,
      at: now,
    };
    const parameters: Record<string, string> = {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    };
    if (this.settings.acrValues.length) parameters.acr_values = this.settings.acrValues.join(' ');
    return { url: client.buildAuthorizationUrl(config, parameters), flow };
  }

  /** The callback: the code exchanged (PKCE verifier, private_key_jwt), state, nonce, issuer
   * and ID token checked by openid-client, then who signed in. */
  async finish(query: URLSearchParams, flow: SignOnFlow): Promise<SignOnIdentity> {
    const config = await this.configuration();
    const callback = new URL(this.settings.redirectUri);
    callback.search = query.toString();
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new SignOnFailed('no ID token');
    const { acrValues } = this.settings;
    if (acrValues.length && !acrValues.includes(String(idToken.acr)))
      throw new SignOnFailed('authentication context not one of OIDC_ACR_VALUES');
    let claims: Record<string, unknown> = idToken;
    // Many providers put the email only in the userinfo answer (OpenID Connect Core 5.4).
    if (typeof idToken.email !== 'string' && config.serverMetadata().userinfo_endpoint) {
      const info = await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
      claims = { ...info, ...idToken };
    }
    return { issuer: idToken.iss, subject: this.subjectOf(claims), email: emailOf(claims) };
  }

  /** The identity an account is bound to. Entra ID's `sub` differs for every app of a tenant;
   * its `oid` names the person in the tenant, and `tid` must be the issuer's tenant. */
  private subjectOf(claims: Record<string, unknown>): string {
    const tenant = this.settings.entraTenant;
    if (!tenant) return String(claims.sub);
    if (claims.tid !== tenant || typeof claims.oid !== 'string' || !claims.oid)
      throw new SignOnFailed('Entra ID token from another tenant, or without an object id');
    return claims.oid;
  }

  private configuration(): Promise<client.Configuration> {
    this.#configuration ??= this.discover().catch((error: unknown) => {
      this.#configuration = null;
      throw error;
    });
    return this.#configuration;
  }

  private async discover(): Promise<client.Configuration> {
    const { settings } = this;
    const key = await importSigningKey(settings);
    const discovered: { tokenEndpoint?: string } = {};
    const authentication = client.PrivateKeyJwt(
      { key, ...(settings.privateJwk.kid ? { kid: settings.privateJwk.kid } : {}) },
      {
        // The audience is the token endpoint, which every provider accepts (Entra ID and
        // CIS2 require it); Entra ID names the key by its certificate's thumbprint.
        [client.modifyAssertion]: (header, payload) => {
          if (discovered.tokenEndpoint) payload.aud = discovered.tokenEndpoint;
          if (settings.certificateThumbprint)
            (header as Record<string, unknown>)['x5t#S256'] = settings.certificateThumbprint;
        },
      },
    );
    const config = await client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      { token_endpoint_auth_method: 'private_key_jwt' },
      authentication,
      {
        timeout: 10,
        ...(settings.allowHttp ? { execute: [client.allowInsecureRequests] } : {}),
      },
    );
    discovered.tokenEndpoint = config.serverMetadata().token_endpoint;
    return config;
  }
}

function emailOf(claims: Record<string, unknown>): string | null {
  if (claims.email_verified === false) return null;
  const email = typeof claims.email === 'string' ? claims.email : claims.preferred_username;
  return typeof email === 'string' && /^[^@\s]+@[^@\s]+$/.test(email) ? email : null;
}

const ALGORITHMS: Record<string, webcrypto.RsaHashedImportParams | webcrypto.EcKeyImportParams> = {
  RS256: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  RS384: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
  RS512: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' },
  PS256: { name: 'RSA-PSS', hash: 'SHA-256' },
  PS384: { name: 'RSA-PSS', hash: 'SHA-384' },
  PS512: { name: 'RSA-PSS', hash: 'SHA-512' },
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
  ES384: { name: 'ECDSA', namedCurve: 'P-384' },
};

/** The signing key as WebCrypto wants it; the algorithm it is imported for is the JWS `alg`
 * openid-client signs with. Not extractable. */
function importSigningKey(settings: OidcSettings): Promise<webcrypto.CryptoKey> {
  const { kid: _kid, ...jwk } = settings.privateJwk;
  return webcrypto.subtle.importKey('jwk', jwk, ALGORITHMS[settings.alg]!, false, ['sign']);
}

/** The flow's cookie value (base64url JSON) and back; anything else is no flow. */
export function encodeFlow(flow: SignOnFlow): string {
  return Buffer.from(JSON.stringify(flow)).toString('base64url');
}

export function decodeFlow(value: string | null, now = Date.now()): SignOnFlow | null {
  if (!value) return null;
  try {
    const flow = JSON.parse(Buffer.from(value, 'base64url').toString()) as SignOnFlow;
    const fresh = typeof flow.at === 'number' && now - flow.at <= FLOW_MAX_AGE_MS && now >= flow.at;
    const complete = [flow.state, flow.nonce, flow.verifier, flow.returnTo].every(
      (part) => typeof part === 'string' && part.length > 0,
    );
    return fresh && complete ? flow : null;
  } catch {
    return null;
  }
}
