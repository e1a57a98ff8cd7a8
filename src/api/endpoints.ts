import { authEndpoints } from './endpoints/auth';
import { demoEndpoints } from './endpoints/demo';
import { cohortEndpoints } from './endpoints/cohorts';
import { contactEndpoints } from './endpoints/contacts';
import { enrolmentEndpoints } from './endpoints/enrolments';
import { flagEndpoints } from './endpoints/flags';
import { referralEndpoints, vacancyEndpoints } from './endpoints/referrals';
import { outcomeEndpoints } from './endpoints/outcomes';
import { registerEndpoints } from './endpoints/registers';
import { reminderEndpoints } from './endpoints/reminders';
import { sessionEndpoints } from './endpoints/sessions';
import { signInOptionEndpoints } from './endpoints/sign-in-options';
import { reportingEndpoints } from './endpoints/reporting';
import { auditEndpoints, dashboardEndpoints, settingsEndpoints } from './endpoints/service';
import { signInEndpoints } from './endpoints/sign-in';
import { staffEndpoints } from './endpoints/staff';
import type { EndpointContract } from './endpoint-contract';

// The API, each endpoint described once, keyed "METHOD /path": schemas, success status,
// If-Match and the policy action (src/domain/policy.ts). The mock registers its routes from
// it, the OpenAPI file and the README's role table are generated from it, the role and
// contract tests walk it. The app imports the groups it uses (src/api/endpoints/*), so a
// page pulls in only its own schemas; this whole list is for Node (mock, server, tools, tests).
export const ENDPOINTS = {
  ...signInEndpoints,
  ...authEndpoints,
  ...staffEndpoints,
  ...signInOptionEndpoints,
  ...sessionEndpoints,
  ...cohortEndpoints,
  ...enrolmentEndpoints,
  ...registerEndpoints,
  ...outcomeEndpoints,
  ...reminderEndpoints,
  ...reportingEndpoints,
  ...flagEndpoints,
  ...settingsEndpoints,
  ...referralEndpoints,
  ...vacancyEndpoints,
  ...contactEndpoints,
  ...auditEndpoints,
  ...dashboardEndpoints,
  ...demoEndpoints,
} satisfies Record<string, EndpointContract>;

export type Endpoints = typeof ENDPOINTS;
export type EndpointKey = keyof Endpoints;

export const ENDPOINT_KEYS = Object.keys(ENDPOINTS) as EndpointKey[];
