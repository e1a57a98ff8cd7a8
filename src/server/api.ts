import { Hono } from 'hono';
import type { ServerConfig } from './config';
import type { AppEnv } from './http/app-env';

/** The API under /api. Route modules (src/server/routes/<domain>.ts, each a
 * `new Hono<AppEnv>()` built from ENDPOINTS) are mounted here, e.g.
 * `api.route('/', cohortRoutes)`; demo-only endpoints only when `config.seed === 'demo'`
 * (which readConfig never allows in production). Empty until the endpoints land: every /api
 * path answers 404 in the contract's error shape. */
export function createApi(_config: ServerConfig): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  return api;
}
