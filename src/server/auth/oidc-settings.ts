import {
  createHash,
  createPrivateKey,
  createPublicKey,
  X509Certificate,
  type JsonWebKey,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SINGLE_SIGN_ON } from '../../api/endpoints/sign-in-options';
import { StartupError } from '../startup-error';

// Single sign-on settings (OpenID Connect): read from the environment at start and
// refused there, with what to change, when they cannot work. None set: no single sign-on.
//
//   OIDC_ISSUER            the provider's issuer, exactly as its discovery document says
//   OIDC_CLIENT_ID         this service's client id at the provider
//   OIDC_SIGNING_KEY       the private key for private_key_jwt, as a JWK (JSON) or PEM text,
//   OIDC_SIGNING_KEY_FILE  ...or the file holding it
//   OIDC_SIGNING_KEY_ID    its key id (`kid`), when the JWK has none
//   OIDC_SIGNING_ALG       RS256 (RSA) or ES256 (P-256) by default; PS256, RS512 and the like
//   OIDC_SIGNING_CERT_FILE the key's X.509 certificate (PEM), for providers that name the key
//                          by its thumbprint (Entra ID: the x5t#S256 header)
//   OIDC_SCOPES            default "openid profile email"
//   OIDC_ACR_VALUES        asked for, and the ID token's `acr` must be one of them
//   OIDC_REDIRECT_URI      default APP_ORIGIN + /api/auth/oidc/callback

export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** The private key as a JWK (with `kid` when known), for WebCrypto. */
  privateJwk: JsonWebKey & { kid?: string };
  /** Its public half, published at /api/auth/oidc/jwks for providers that fetch it. */
  publicJwk: JsonWebKey & { kid?: string; alg: string; use: 'sig' };
  alg: string;
  /** Base64url SHA-256 thumbprint of the key's certificate (x5t#S256), when one was given. */
  certificateThumbprint: string | null;
  scopes: string;
  acrValues: string[];
  redirectUri: string;
  /** A plain-http issuer on this machine (the tests' local provider); never in production. */
  allowHttp: boolean;
  /** Microsoft Entra ID: the tenant of a tenant-specific issuer. Identities are then its
   * object ids (`oid`) within that tenant (`tid`), never the per-app `sub`. */
  entraTenant: string | null;
}

const ENTRA_HOST = 'login.microsoftonline.com';
const ENTRA_SHARED = new Set(['common', 'organizations', 'consumers']);
const ALGS: Record<string, string[]> = {
  RSA: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'],
  'EC:P-256': ['ES256'],
  'EC:P-384': ['ES384'],
};

export function readOidcSettings(
  env: Record<string, string | undefined>,
  appOrigin: string,
  production: boolean,
): OidcSettings | null {
  const value = (name: string) => env[name]?.trim() || undefined;
  const issuerText = value('OIDC_ISSUER');
  const clientId = value('OIDC_CLIENT_ID');
  const keyText = value('OIDC_SIGNING_KEY');
  const keyFile = value('OIDC_SIGNING_KEY_FILE');
  if (!issuerText && !clientId && !keyText && !keyFile) return null;
  if (!issuerText || !clientId || (!keyText && !keyFile))
    throw new StartupError(
      'Single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_SIGNING_KEY (or ' +
        'OIDC_SIGNING_KEY_FILE) together; set all of them, or none for no single sign-on.',
    );

  const issuer = readUrl('OIDC_ISSUER', issuerText);
  const allowHttp = issuer.protocol === 'http:' && isLoopback(issuer.hostname) && !production;
  if (issuer.protocol !== 'https:' && !allowHttp)
    throw new StartupError(
      `OIDC_ISSUER must be an https URL (plain http only for a provider on this machine, ` +
        `outside production), not "${issuerText}".`,
    );
  const entraTenant = entraTenantOf(issuer);

  const pem = keyText ?? readKeyFile(keyFile!);
  const { privateJwk, publicJwk, kty } = readKey(pem);
  const kid = value('OIDC_SIGNING_KEY_ID') ?? privateJwk.kid;
  const alg = value('OIDC_SIGNING_ALG') ?? ALGS[kty]?.[0];
  if (!alg || !ALGS[kty]?.includes(alg))
    throw new StartupError(
      `OIDC_SIGNING_ALG ${alg ?? '(none)'} does not fit the signing key (${kty}); use one of ` +
        `${(ALGS[kty] ?? ['RSA or P-256/P-384 EC keys only']).join(', ')}.`,
    );
  const certFile = value('OIDC_SIGNING_CERT_FILE');

  const scopes = value('OIDC_SCOPES') ?? 'openid profile email';
  if (!scopes.split(/\s+/).includes('openid'))
    throw new StartupError(`OIDC_SCOPES must include "openid", not "${scopes}".`);
  const redirect = readUrl(
    'OIDC_REDIRECT_URI',
    value('OIDC_REDIRECT_URI') ?? `${appOrigin}/api${SINGLE_SIGN_ON.callback}`,
  );
  if (redirect.protocol !== 'https:' && !(isLoopback(redirect.hostname) && !production))
    throw new StartupError(`OIDC_REDIRECT_URI must be an https URL, not "${redirect.href}".`);

  return {
    issuer: issuerText,
    clientId,
    privateJwk: { ...privateJwk, ...(kid ? { kid } : {}) },
    publicJwk: { ...publicJwk, ...(kid ? { kid } : {}), alg, use: 'sig' },
    alg,
    certificateThumbprint: certFile ? thumbprintOf(certFile) : null,
    scopes,
    acrValues: value('OIDC_ACR_VALUES')?.split(/\s+/) ?? [],
    redirectUri: redirect.href,
    allowHttp,
    entraTenant,
  };
}

function readUrl(name: string, text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new StartupError(`${name} must be a URL, not "${text}".`);
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Entra ID only with a tenant-specific issuer: /common (or /organizations) would let any
 * organisation's accounts in, and its ID tokens name no single issuer. */
function entraTenantOf(issuer: URL): string | null {
  if (issuer.hostname !== ENTRA_HOST) return null;
  const [tenant, version] = issuer.pathname.split('/').filter(Boolean);
  if (!tenant || ENTRA_SHARED.has(tenant.toLowerCase()) || version !== 'v2.0')
    throw new StartupError(
      `OIDC_ISSUER for Microsoft Entra ID must be tenant-specific, ` +
        `https://${ENTRA_HOST}/<tenant-id>/v2.0, not "${issuer.href}".`,
    );
  return tenant;
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new StartupError(`OIDC_SIGNING_KEY_FILE cannot be read: "${path}".`);
  }
}

function readKey(text: string) {
  try {
    const trimmed = text.trim();
    const key = trimmed.startsWith('{')
      ? createPrivateKey({ key: JSON.parse(trimmed) as JsonWebKey, format: 'jwk' })
      : createPrivateKey(trimmed);
    const privateJwk = key.export({ format: 'jwk' }) as JsonWebKey & { kid?: string };
    if (trimmed.startsWith('{')) {
      const kid = (JSON.parse(trimmed) as { kid?: unknown }).kid;
      if (typeof kid === 'string') privateJwk.kid = kid;
    }
    const publicJwk = createPublicKey(key).export({ format: 'jwk' }) as JsonWebKey;
    const kty = privateJwk.kty === 'EC' ? `EC:${privateJwk.crv}` : String(privateJwk.kty);
    return { privateJwk, publicJwk, kty };
  } catch {
    throw new StartupError(
      'OIDC_SIGNING_KEY is not a private key: give a private JWK (JSON) or a PEM ' +
        '("-----BEGIN PRIVATE KEY-----").',
    );
  }
}

function thumbprintOf(path: string): string {
  try {
    const cert = new X509Certificate(readFileSync(path));
    return createHash('sha256').update(cert.raw).digest('base64url');
  } catch {
    throw new StartupError(`OIDC_SIGNING_CERT_FILE is not a PEM certificate: "${path}".`);
  }
}
