import type { Hono } from 'hono';
import { sharedResolvers } from '../backend/resolvers';
import { DEFAULT_SIGN_IN_LIMITS, type ServerConfig } from './config';
import type { AppEnv } from './http/app-env';
import { endpointRoutes } from './routes/endpoint-routes';
import { serverResolvers } from './routes/server-resolvers';

/** The API under /api: every endpoint of ENDPOINTS, built from the shared resolvers (the same
 * ones the mock runs) and the server's own (sign-in and the demo). Demo-only endpoints exist
 * only when `config.seed === 'demo'`, which readConfig never allows in production; any other
 * /api path answers 404 in the contract's error shape. */
export function createApi(config: ServerConfig): Hono<AppEnv> {
  return endpointRoutes(
    { ...sharedResolvers, ...serverResolvers(config.signIn ?? DEFAULT_SIGN_IN_LIMITS) },
    { demo: config.seed === 'demo', trustedProxyHops: config.trustedProxyHops ?? 0 },
  );
}
