import { setupServer } from 'msw/node';
import { store } from './db';
import { handlers } from './handlers';
import { seedDb, type SeedOptions } from './seed';

export const server = setupServer(...handlers);

export function resetMockDb(options?: SeedOptions): void {
  store.load(seedDb(options));
}
