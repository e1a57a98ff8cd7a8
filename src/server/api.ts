import type { Hono } from 'hono';
import { OidcClient } from './auth/oidc';
import { sharedResolvers } from '../backend/resolvers';
import { DEFAULT_SIGN_IN_LIMITS, type ServerConfig } from './config';
import type { AppEnv } from './http/app-env';
import { createLogger, type Logger } from './logger';
import { notifierFor, type Notifier } from './notify/notify-client';
import { courseMessageResolvers } from './notify/course-message-resolvers';
import { notifyResolvers } from './notify/notify-resolvers';
import { endpointRoutes } from './routes/endpoint-routes';
import { addSingleSignOnRoutes } from './routes/oidc-routes';
import { serverResolvers } from './routes/server-resolvers';
import { sessionResolvers } from './routes/session-resolvers';

/** The API under /api: every endpoint of ENDPOINTS, built from the shared resolvers (the same
 * ones the mock runs) and the server's own (sign-in, sessions and the demo). Demo-only
 * endpoints exist only when `config.seed === 'demo'`, which readConfig never allows in
 * production; any other /api path answers 404 in the contract's error shape. */
export function createApi(
  config: ServerConfig,
  deps: {
    log?: Logger;
    /** GOV.UK Notify: by default the client for config.notify, or none when not set up. */
    notifier?: Notifier | null;
  } = {},
): Hono<AppEnv> {
  const cookies = { secure: Boolean(config.secureCookies) };
  const notifier =
    deps.notifier !== undefined ? deps.notifier : config.notify ? notifierFor(config.notify) : null;
  const api = endpointRoutes(
    {
      ...sharedResolvers,
      ...serverResolvers(config.signIn ?? DEFAULT_SIGN_IN_LIMITS),
      ...sessionResolvers({
        singleSignOn: Boolean(config.oidc),
        outboxKeySecret: config.outboxKeySecret ?? null,
      }),
      ...notifyResolvers(
        notifier,
        deps.log ?? createLogger({ level: 'silent' }),
        config.linkOrigin ?? config.appOrigin,
        config.notify?.questionnaireTemplates,
      ),
      ...courseMessageResolvers(
        notifier,
        deps.log ?? createLogger({ level: 'silent' }),
        config.linkOrigin ?? config.appOrigin,
      ),
    },
    {
      demo: config.seed === 'demo',
      cookies,
      trustedProxyHops: config.trustedProxyHops ?? 0,
    },
  );
  // Single sign-on's pages (redirects, not JSON endpoints), when OIDC_ISSUER is set.
  if (config.oidc)
    addSingleSignOnRoutes(api, {
      client: new OidcClient(config.oidc),
      appOrigin: config.appOrigin,
      cookies,
    });
  return api;
}
