import type { SharedResolvers } from './resolver';
import { auditResolvers } from './resolvers/audit';
import { cohortResolvers } from './resolvers/cohorts';
import { contactResolvers } from './resolvers/contacts';
import { dashboardResolvers } from './resolvers/dashboard';
import { enrolmentActionResolvers } from './resolvers/enrolment-actions';
import { enrolmentResolvers } from './resolvers/enrolments';
import { flagResolvers } from './resolvers/flags';
import { outcomeResolvers } from './resolvers/outcomes';
import { referralResolvers } from './resolvers/referrals';
import { registerResolvers } from './resolvers/registers';
import { reminderResolvers } from './resolvers/reminders';
import { sessionResolvers } from './resolvers/sessions';
import { staffResolvers } from './resolvers/staff';
import { settingsResolvers } from './resolvers/settings';
import { vacancyResolvers } from './resolvers/vacancies';

/** What every endpoint does, once, for the mock and the server alike; the type refuses a
 * missing one (the endpoints that depend on where sessions live are each backend's own). */
export const sharedResolvers = {
  ...staffResolvers,
  ...cohortResolvers,
  ...enrolmentResolvers,
  ...enrolmentActionResolvers,
  ...sessionResolvers,
  ...flagResolvers,
  ...registerResolvers,
  ...outcomeResolvers,
  ...reminderResolvers,
  ...settingsResolvers,
  ...referralResolvers,
  ...vacancyResolvers,
  ...contactResolvers,
  ...auditResolvers,
  ...dashboardResolvers,
} satisfies SharedResolvers;
