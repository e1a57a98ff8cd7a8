/** docs/domain.md "The service": the course is for one borough's patients. */
export const SERVICE_BOROUGH = 'Islington';

/** The neighbouring borough docs/domain.md names: it has its own MSK pain services. */
export const SIGNPOSTED_BOROUGH = 'Camden';

export const OUTSIDE_LONDON = 'Outside London';

/** The 32 London boroughs and the City, offered as choices so a typo never decides eligibility. */
export const BOROUGHS = [
  'Barking and Dagenham',
  'Barnet',
  'Bexley',
  'Brent',
  'Bromley',
  'Camden',
  'City of London',
  'Croydon',
  'Ealing',
  'Enfield',
  'Greenwich',
  'Hackney',
  'Hammersmith and Fulham',
  'Haringey',
  'Harrow',
  'Havering',
  'Hillingdon',
  'Hounslow',
  'Islington',
  'Kensington and Chelsea',
  'Kingston upon Thames',
  'Lambeth',
  'Lewisham',
  'Merton',
  'Newham',
  'Redbridge',
  'Richmond upon Thames',
  'Southwark',
  'Sutton',
  'Tower Hamlets',
  'Waltham Forest',
  'Wandsworth',
  'Westminster',
  OUTSIDE_LONDON,
] as const;

export type Eligibility =
  | { eligible: true }
  | { eligible: false; reason: 'signpost_camden' | 'outside_area'; message: string };

/** Where the service tells staff to signpost an ineligible referral: service settings,
 * these words until an admin changes them. */
export interface Signposting {
  camdenSignpost: string;
  otherAreaSignpost: string;
}

export const DEFAULT_SIGNPOSTING: Signposting = {
  camdenSignpost:
    `This course is for ${SERVICE_BOROUGH} patients. Signpost the person to Camden’s MSK pain ` +
    'services, which they can reach by self-referral or through their GP.',
  otherAreaSignpost:
    `This course is only for patients registered with a GP in ${SERVICE_BOROUGH}. Suggest the ` +
    'person asks their GP about pain services in their own area.',
};

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Decision: only the service borough is eligible. Camden gets docs/domain.md's specific
 * signposting; any other borough gets a generic "not in our area" answer, because this service
 * cannot vouch for what each other borough offers. The words are the service's settings. */
export function checkEligibility(
  borough: string,
  signposting: Signposting = DEFAULT_SIGNPOSTING,
): Eligibility {
  if (same(borough, SERVICE_BOROUGH)) return { eligible: true };
  if (same(borough, SIGNPOSTED_BOROUGH)) {
    return { eligible: false, reason: 'signpost_camden', message: signposting.camdenSignpost };
  }
  return { eligible: false, reason: 'outside_area', message: signposting.otherAreaSignpost };
}
