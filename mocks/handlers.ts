import { auditResolvers } from './handlers/audit';
import { authResolvers } from './handlers/auth';
import { cohortResolvers } from './handlers/cohorts';
import { dashboardResolvers } from './handlers/dashboard';
import { demoResolvers } from './handlers/demo';
import { enrolmentActionResolvers } from './handlers/enrolment-actions';
import { enrolmentResolvers } from './handlers/enrolments';
import { flagResolvers } from './handlers/flags';
import { referralResolvers } from './handlers/referrals';
import { registerResolvers } from './handlers/registers';
import { sessionResolvers } from './handlers/sessions';
import { settingsResolvers } from './handlers/settings';
import { vacancyResolvers } from './handlers/vacancies';
import { route, type Resolvers } from './http';
import type { EndpointKey } from '../src/api/endpoints';

/** Every endpoint of ENDPOINTS has exactly one resolver: the type refuses a missing one. */
export const resolvers = {
  ...authResolvers,
  ...cohortResolvers,
  ...enrolmentResolvers,
  ...enrolmentActionResolvers,
  ...sessionResolvers,
  ...flagResolvers,
  ...registerResolvers,
  ...settingsResolvers,
  ...referralResolvers,
  ...vacancyResolvers,
  ...auditResolvers,
  ...dashboardResolvers,
  ...demoResolvers,
} satisfies Resolvers;

/** One network description for the browser worker, the Node tests and the HTTP bridge. */
export const handlers = (Object.keys(resolvers) as EndpointKey[]).map((key) =>
  route(key, resolvers[key] as never),
);
