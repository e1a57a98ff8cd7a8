import { defineEndpoints } from '../endpoint-contract';
import { auditFilterSchema, auditListSchema } from '../schemas/audit-view';
import {
  cohortDashboardSchema,
  dashboardFiltersSchema,
  dashboardSummarySchema,
} from '../schemas/dashboard';
import { serviceSettingsSchema, updateSettingsSchema } from '../schemas/settings';

export const settingsEndpoints = defineEndpoints({
  'GET /settings': {
    summary: 'Service settings',
    action: 'settings.read',
    response: serviceSettingsSchema,
  },
  'PATCH /settings': {
    summary: 'Change service settings',
    action: 'settings.manage',
    request: updateSettingsSchema,
    response: serviceSettingsSchema,
    ifMatch: true,
  },
});

export const auditEndpoints = defineEndpoints({
  'GET /audit': {
    summary: 'Audit trail (NHS numbers masked)',
    action: 'audit.read',
    query: auditFilterSchema,
    response: auditListSchema,
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
