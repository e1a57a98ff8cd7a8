import { enrolmentSchema } from '../schemas/participants';
import { defineEndpoints } from '../endpoint-contract';
import {
  flagActionSchema,
  flagContactSchema,
  flagListSchema,
  flagResolveResponseSchema,
  flagViewSchema,
} from '../schemas/flags';

export const flagEndpoints = defineEndpoints({
  'GET /flags': {
    summary: 'People at risk of, or in breach of, the absence threshold',
    action: 'flag.read',
    response: flagListSchema,
  },
  'POST /flags/:enrolmentId/resolve': {
    summary:
      'Act on a breach: keep (flag.keep), transfer (enrolment.transfer) or withdraw (enrolment.withdraw); the action named in the body is checked against the policy too',
    action: 'flag.resolve',
    request: flagActionSchema,
    response: flagResolveResponseSchema,
    refuses: ['not_flagged'],
    status: 200,
    ifMatch: true,
    errors: { 412: enrolmentSchema },
  },
  'POST /flags/:enrolmentId/contacts': {
    summary: 'Record a contact with someone flagged',
    action: 'flag.contact',
    request: flagContactSchema,
    response: flagViewSchema,
    refuses: ['not_flagged'],
  },
});
