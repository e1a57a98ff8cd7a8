import { defineEndpoints } from '../endpoint-contract';
import {
  closeReferralSchema,
  existingEntrySchema,
  ineligibleSchema,
  offerSchema,
  offerOutcomeSchema,
  referralDetailSchema,
  referralInputSchema,
  referralSchema,
  referralUpdateSchema,
  reopenReferralSchema,
  vacancySchema,
} from '../schemas/referrals';
import { waitingListPageSchema, waitingListQuerySchema } from '../schemas/waiting-list';
import {
  createOfferSchema,
  offerViewSchema,
  vacancyDetailSchema,
  vacancyListSchema,
  vacancySearchPageSchema,
  vacancySearchSchema,
} from '../schemas/vacancies';

export const referralEndpoints = defineEndpoints({
  'POST /referrals/search': {
    summary: 'One page of the waiting list, filtered, searched and sorted (terms in the body)',
    action: 'referral.read',
    request: waitingListQuerySchema,
    response: waitingListPageSchema,
    status: 200,
    safe: true,
  },
  'GET /referrals/:id': {
    summary: 'One referral with contact details',
    action: 'referral.read',
    response: referralDetailSchema,
  },
  'POST /referrals': {
    summary: 'Add a referral (ineligible boroughs get 422 with where to signpost)',
    action: 'referral.manage',
    request: referralInputSchema,
    response: referralSchema,
    refuses: ['duplicate_nhs_number', 'ineligible_borough'],
    errors: { 409: existingEntrySchema, 422: ineligibleSchema },
  },
  'PATCH /referrals/:id': {
    summary: 'Edit an entry: contact details, availability, urgency, access needs, notes',
    action: 'referral.manage',
    request: referralUpdateSchema,
    response: referralDetailSchema,
    status: 200,
    ifMatch: true,
    errors: { 412: referralDetailSchema },
  },
  'POST /referrals/:id/close': {
    summary: 'Close an entry with a reason (not while it holds an open offer)',
    action: 'referral.manage',
    request: closeReferralSchema,
    response: referralDetailSchema,
    status: 200,
    ifMatch: true,
    errors: { 412: referralDetailSchema },
  },
  'POST /referrals/:id/reopen': {
    summary: 'Reopen a closed entry at its original place on the list',
    action: 'referral.manage',
    request: reopenReferralSchema,
    response: referralDetailSchema,
    refuses: ['duplicate_nhs_number'],
    status: 200,
    ifMatch: true,
    errors: { 409: existingEntrySchema, 412: referralDetailSchema },
  },
});

export const vacancyEndpoints = defineEndpoints({
  'GET /vacancies': {
    summary: 'Open vacancies',
    action: 'vacancy.read',
    response: vacancyListSchema,
  },
  'GET /vacancies/:id': {
    summary: 'One vacancy, its candidates and offers',
    action: 'vacancy.read',
    response: vacancyDetailSchema,
  },
  'POST /vacancies/:id/search': {
    summary:
      'Search the whole waiting list for one vacancy: each person with why they would not be suggested (terms in the body)',
    action: 'vacancy.read',
    request: vacancySearchSchema,
    response: vacancySearchPageSchema,
    status: 200,
    safe: true,
  },
  'POST /vacancies/:id/offers': {
    summary:
      'Offer a place to someone waiting, suggested or not (never someone closed, placed or holding another offer: 409)',
    action: 'offer.manage',
    request: createOfferSchema,
    response: offerViewSchema,
    refuses: ['already_enrolled'],
    ifMatch: true,
    errors: { 412: vacancySchema },
  },
  'POST /offers/:id/outcome': {
    summary: 'Record an offer accepted, declined (with a reason: 400 without) or expired',
    action: 'offer.manage',
    request: offerOutcomeSchema,
    response: offerViewSchema,
    refuses: ['cohort_full', 'already_enrolled', 'duplicate_nhs_number'],
    status: 200,
    ifMatch: true,
    errors: { 412: offerSchema },
  },
});
