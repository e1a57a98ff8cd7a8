import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { store, type Db } from './db';
import { upgradeDb } from './db-upgrade';
import { handlers } from './handlers';
import { createBridge } from './http-bridge';
import { startOfferExpiryTicks } from './offer-expiry-tick';
import { seedDb } from './seed';

export interface HttpServerOptions {
  port: number;
  host?: string;
  appOrigin: string;
  dataFile: string;
}

function loadOrSeed(file: string): Db {
  try {
    return upgradeDb(JSON.parse(readFileSync(file, 'utf8')) as Db);
  } catch (e) {
    // A missing file is a first start; an unreadable one is reported, then replaced by the seed.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      console.warn(`[api] could not read ${file}; seeding afresh`, e);
    return seedDb();
  }
}

/** Temp file + rename: a crash mid-write leaves the previous file whole, never half a JSON. */
function saveAtomically(file: string, db: Db): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(db));
  renameSync(temp, file);
}

/** The mock API over real HTTP: the same MSW handlers as the demo, with its data in a file. */
export function startHttpServer({
  port,
  host = '127.0.0.1',
  appOrigin,
  dataFile,
}: HttpServerOptions): Promise<Server> {
  const file = resolve(dataFile);
  mkdirSync(dirname(file), { recursive: true });
  store.load(loadOrSeed(file));
  saveAtomically(file, store.data);
  // Written on every commit, before the response goes out, so an answered write survives a restart.
  store.onCommit((db) => saveAtomically(file, db));
  startOfferExpiryTicks();
  const server = createServer(createBridge({ handlers, appOrigin }));
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveStart(server));
  });
}

const isMain =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const port = Number(process.env.API_PORT ?? 8787);
  const appOrigin = process.env.APP_ORIGIN ?? 'http://127.0.0.1:4174';
  const dataFile = process.env.API_DATA_FILE ?? '.api-data/db.json';
  startHttpServer({ port, appOrigin, dataFile }).then(
    (server) => {
      console.log(
        `[api] mock API on http://127.0.0.1:${port}/api (CORS for ${appOrigin}, data in ${dataFile})`,
      );
      const stop = () => {
        server.close(() => process.exit(0));
        server.closeAllConnections();
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    },
    (e: unknown) => {
      console.error('[api] could not start', e);
      process.exit(1);
    },
  );
}
