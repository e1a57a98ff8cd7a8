import { defineEndpoints } from '../endpoint-contract';
import {
  offerOutcomeSchema,
  referralDetailSchema,
  referralInputSchema,
  referralSchema,
  waitingListSchema,
} from '../schemas/referrals';
import {
  createOfferSchema,
  offerViewSchema,
  vacancyDetailSchema,
  vacancyListSchema,
} from '../schemas/vacancies';

export const referralEndpoints = defineEndpoints({
  'GET /referrals': {
    summary: 'The waiting list',
    action: 'referral.read',
    response: waitingListSchema,
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
  'POST /vacancies/:id/offers': {
    summary: 'Offer a place to someone waiting',
    action: 'offer.manage',
    request: createOfferSchema,
    response: offerViewSchema,
    ifMatch: true,
  },
  'POST /offers/:id/outcome': {
    summary: 'Record an offer accepted, declined or expired',
    action: 'offer.manage',
    request: offerOutcomeSchema,
    response: offerViewSchema,
    status: 200,
    ifMatch: true,
  },
});
