import { authHandlers } from './handlers/auth';
import { cohortHandlers } from './handlers/cohorts';
import { demoHandlers } from './handlers/demo';
import { enrolmentHandlers } from './handlers/enrolments';
import { registerHandlers } from './handlers/registers';
import { settingsHandlers } from './handlers/settings';

/** One network description for the browser worker, the Node tests and the HTTP bridge. */
export const handlers = [...authHandlers, ...cohortHandlers, ...enrolmentHandlers, ...registerHandlers, ...settingsHandlers, ...demoHandlers];
