import type { EndpointKey } from '../src/api/endpoints';
import { sharedResolvers } from '../src/backend/resolvers';
import { authResolvers } from './handlers/auth';
import { demoResolvers } from './handlers/demo';
import { route, type Resolvers } from './http';

/** Every endpoint of ENDPOINTS has exactly one resolver: the ones every backend shares
 * (src/backend/resolvers.ts) and the mock's own sessions and demo data. The type refuses a
 * missing one. */
export const resolvers = {
  ...sharedResolvers,
  ...authResolvers,
  ...demoResolvers,
} satisfies Resolvers;

/** One network description for the browser worker, the Node tests and the HTTP bridge. */
export const handlers = (Object.keys(resolvers) as EndpointKey[]).map((key) =>
  route(key, resolvers[key] as never),
);
