import { auditHandlers } from './handlers/audit';
import { authHandlers } from './handlers/auth';
import { cohortHandlers } from './handlers/cohorts';
import { dashboardHandlers } from './handlers/dashboard';
import { demoHandlers } from './handlers/demo';
import { enrolmentActionHandlers } from './handlers/enrolment-actions';
import { enrolmentHandlers } from './handlers/enrolments';
import { flagHandlers } from './handlers/flags';
import { referralHandlers } from './handlers/referrals';
import { registerHandlers } from './handlers/registers';
import { sessionHandlers } from './handlers/sessions';
import { settingsHandlers } from './handlers/settings';
import { vacancyHandlers } from './handlers/vacancies';

/** One network description for the browser worker, the Node tests and the HTTP bridge. */
export const handlers = [
  ...authHandlers,
  ...cohortHandlers,
  ...enrolmentHandlers,
  ...enrolmentActionHandlers,
  ...sessionHandlers,
  ...flagHandlers,
  ...registerHandlers,
  ...settingsHandlers,
  ...referralHandlers,
  ...vacancyHandlers,
  ...auditHandlers,
  ...dashboardHandlers,
  ...demoHandlers,
];
