import type { Db } from '../db/database';
import type { Logger } from '../logger';

/** What every handler finds on the context: `c.var.db`, `c.var.log` (a child logger that
 * carries the request id) and `c.var.requestId` (for audit entries). Route modules are typed
 * `new Hono<AppEnv>()` and mounted under /api by `createApp({ api })`. */
export interface AppEnv {
  Variables: {
    db: Db;
    log: Logger;
    requestId: string;
  };
}
