import { expect, test, type Page } from '@playwright/test';
import { addDays, todayIso } from '../../src/domain/dates';
import { expectAccessible, freshDemo, signInWithDemoButton, withdrawParticipant } from './helpers';

// An urgent person on the waiting list, not free on Saturdays, is
// not suggested for a place on a Saturday-morning cohort (the search says why); once an admin
// edits her entry to add Saturday mornings, she is. Everything through the pages, on the mock.

type MockDb = {
  participants: { id: string }[];
  referrals: {
    id: string;
    givenName: string;
    familyName: string;
    urgent: boolean;
    status: string;
    referralDate: string;
    availability: { day: string; time: string }[];
  }[];
  offers: { referralId: string; status: string }[];
};
const mockDb = (page: Page) =>
  page.evaluate(() =>
    JSON.parse(localStorage.getItem('cohort-register.mock-db.v1') ?? '{}'),
  ) as Promise<MockDb>;

const COHORT = 'Spring S – Saturday mornings';

/** The first Saturday at least three weeks ahead: the cohort has not started, so a freed place
 * is open to the waiting list. */
function saturdayAhead(): string {
  let day = addDays(todayIso(), 21);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 6) day = addDays(day, 1);
  return day;
}

const suggested = (page: Page) =>
  page
    .getByRole('table', { name: /Suggested candidates/ })
    .getByRole('button', { name: /^Offer the place to / })
    .evaluateAll((buttons) =>
      buttons.map((b) => (b.getAttribute('aria-label') ?? '').replace('Offer the place to ', '')),
    );

test('an entry edited to add Saturday mornings is then suggested for a Saturday place', async ({
  page,
}) => {
  test.slow(); // a whole journey: a new cohort, an enrolment, a withdrawal, an edit
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');

  // The person: urgent, waiting longest of those not free on a Saturday morning, no open offer.
  const db = await mockDb(page);
  const offered = new Set(db.offers.filter((o) => o.status === 'open').map((o) => o.referralId));
  const person = db.referrals
    .filter(
      (r) =>
        r.status === 'waiting' &&
        r.urgent &&
        !offered.has(r.id) &&
        !r.availability.some((s) => s.day === 'sat'),
    )
    .sort((a, b) => a.referralDate.localeCompare(b.referralDate))[0]!;
  const name = `${person.givenName} ${person.familyName}`;

  // A new cohort meeting on Saturdays at 10:00.
  await page.getByRole('button', { name: 'New cohort' }).click();
  await page.getByLabel('Name').fill(COHORT);
  await page
    .getByRole('textbox', { name: 'Video link' })
    .fill('https://meet.example.nhs.uk/spring-s');
  await page.getByLabel('Start date').fill(saturdayAhead());
  await page.getByRole('checkbox', { name: 'Grace Whitfield (psychology)' }).check();
  await page.getByRole('checkbox', { name: 'Marta Nowak (physiotherapy)' }).check();
  await page.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page.getByRole('heading', { name: COHORT, level: 1 })).toBeVisible();
  await expect(page.getByText(/Saturdays? at 10:00/).first()).toBeVisible();

  // Someone else is enrolled, then withdraws: a place is freed.
  await page.getByRole('button', { name: 'Enrol participant' }).click();
  const enrol = page.getByRole('dialog');
  const other = enrol
    .getByRole('group', { name: 'Waiting list' })
    .getByRole('button')
    .filter({ hasNotText: name })
    .first();
  const leaver = (await other.textContent())!.trim();
  await other.click();
  await enrol.getByRole('checkbox', { name: /agreement recorded/ }).check();
  await enrol.getByRole('button', { name: `Enrol ${leaver}` }).click();
  const participants = page.getByRole('region', { name: 'Participants' });
  await expect(participants.getByRole('row', { name: new RegExp(leaver) })).toContainText(
    'Confirmed',
  );
  await withdrawParticipant(page, leaver, 'Works Saturdays now');

  // The freed place: she is not suggested, and the search says why.
  const openVacancy = async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Vacancies' })
      .click();
    await page
      .getByRole('table', { name: 'Open vacancies' })
      .getByRole('link', { name: COHORT })
      .click();
    await expect(page.getByRole('heading', { name: `Place in ${COHORT}` })).toBeVisible();
  };
  await openVacancy();
  await expect.poll(() => suggested(page)).not.toHaveLength(0);
  expect(await suggested(page)).not.toContain(name);
  const search = page.getByRole('search', { name: 'Search the waiting list' });
  await search.getByRole('textbox', { name: 'Name or NHS number' }).fill(name);
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(
    page
      .getByRole('table', { name: /Waiting list search/ })
      .getByRole('row', { name: new RegExp(name) }),
  ).toContainText('not available on Saturday mornings');
  await expectAccessible(page, 'Saturday vacancy: why she is not suggested');

  // Her entry gains Saturday mornings (and nothing else).
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Waiting list' })
    .click();
  await page.getByRole('textbox', { name: 'Search the waiting list' }).fill(name);
  await page.getByRole('table', { name: 'Waiting list' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Edit entry' }).click();
  const form = page.getByRole('form', { name: 'Edit entry' });
  await form.getByRole('checkbox', { name: 'Saturday morning' }).check();
  await expect(form.getByRole('checkbox', { name: 'Saturday afternoon' })).not.toBeChecked();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('list', { name: 'History of this entry' })).toContainText(
    /Sat mornings/,
  );

  // Now she is suggested for the Saturday place, with why she fits.
  await openVacancy();
  await expect.poll(() => suggested(page)).toContain(name);
  await expect(
    page
      .getByRole('table', { name: /Suggested candidates/ })
      .getByRole('row', { name: new RegExp(name) }),
  ).toContainText('Saturday mornings');
  await expectAccessible(page, 'Saturday vacancy: she is suggested');
});
