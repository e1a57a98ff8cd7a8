import { authHandlers } from './handlers/auth';
import { cohortHandlers } from './handlers/cohorts';
import { demoHandlers } from './handlers/demo';
import { enrolmentActionHandlers } from './handlers/enrolment-actions';
import { enrolmentHandlers } from './handlers/enrolments';
import { registerHandlers } from './handlers/registers';
import { sessionHandlers } from './handlers/sessions';
import { settingsHandlers } from './handlers/settings';

/** One network description for the browser worker, the Node tests and the HTTP bridge. */
export const handlers = [...authHandlers, ...cohortHandlers, ...enrolmentHandlers, ...enrolmentActionHandlers, ...sessionHandlers, ...registerHandlers, ...settingsHandlers, ...demoHandlers];
