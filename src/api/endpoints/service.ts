import { serviceSettingsSchema } from '../schemas/settings';
import { accessPageSchema, accessQuerySchema } from '../schemas/access';
import { defineEndpoints } from '../endpoint-contract';
import { auditQuerySchema } from '../schemas/audit-query';
import { auditListSchema } from '../schemas/audit-view';
import {
  cohortDashboardSchema,
  dashboardFiltersSchema,
  dashboardSummarySchema,
} from '../schemas/dashboard';
import { settingsViewSchema, updateSettingsSchema } from '../schemas/settings';

export const settingsEndpoints = defineEndpoints({
  'GET /settings': {
    summary: 'Service settings',
    action: 'settings.read',
    response: settingsViewSchema,
  },
  'PATCH /settings': {
    summary: 'Change service settings',
    action: 'settings.manage',
    request: updateSettingsSchema,
    response: settingsViewSchema,
    ifMatch: true,
    errors: { 412: serviceSettingsSchema },
  },
});

export const auditEndpoints = defineEndpoints({
  'GET /audit': {
    summary: 'Audit trail, newest first, a page at a time (NHS numbers masked)',
    action: 'audit.read',
    query: auditQuerySchema,
    response: auditListSchema,
  },
  'GET /audit/access': {
    summary:
      "Views and exports of one person's records: who was shown them, when, by which read (newest first)",
    action: 'audit.read',
    query: accessQuerySchema,
    response: accessPageSchema,
  },
});

export const dashboardEndpoints = defineEndpoints({
  'GET /dashboard/summary': {
    summary: 'Service figures and charts',
    action: 'dashboard.read',
    query: dashboardFiltersSchema,
    response: dashboardSummarySchema,
  },
  'GET /dashboard/cohorts/:id': {
    summary: 'One cohort week by week',
    action: 'dashboard.read',
    response: cohortDashboardSchema,
  },
});
