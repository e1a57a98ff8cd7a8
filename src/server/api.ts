import type { Hono } from 'hono';
import { sharedResolvers } from '../backend/resolvers';
import type { ServerConfig } from './config';
import type { AppEnv } from './http/app-env';
import { endpointRoutes } from './routes/endpoint-routes';
import { serverResolvers } from './routes/server-resolvers';
import { sessionResolvers } from './routes/session-resolvers';

/** The API under /api: every endpoint of ENDPOINTS, built from the shared resolvers (the same
 * ones the mock runs) and the server's own (sign-in and the demo). Demo-only endpoints exist
 * only when `config.seed === 'demo'`, which readConfig never allows in production; any other
 * /api path answers 404 in the contract's error shape. */
export function createApi(config: ServerConfig): Hono<AppEnv> {
  return endpointRoutes(
    {
      ...sharedResolvers,
      ...serverResolvers,
      ...sessionResolvers({ singleSignOn: false }),
    },
    { demo: config.seed === 'demo', cookies: { secure: Boolean(config.secureCookies) } },
  );
}
