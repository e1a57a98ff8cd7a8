import { expect, test, type Page } from '@playwright/test';
import {
  expectAccessible,
  firstParticipantName,
  freshDemo,
  signInWithDemoButton,
  withdrawParticipant,
} from './helpers';

// In the browser on the mock: offer a place to someone found by searching the
// whole list, decline with a reason, and an expired offer moving the page on to the next
// candidate. Time moves through the mock's test clock, which only this suite's build has
// (VITE_TEST_SEAMS=on; .ci/check-test-seams.mjs checks the production builds have none).

const HOUR = 3_600_000;

/** Withdraws the first person in Winter A (before its cut-off) and opens the freed place. */
async function openFreedPlace(page: Page) {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  await withdrawParticipant(page, await firstParticipantName(page), 'Moving out of the area');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Vacancies' })
    .click();
  await page
    .getByRole('table', { name: 'Open vacancies' })
    .getByRole('link', { name: 'Winter A – online' })
    .click();
  await expect(page.getByRole('heading', { name: 'Place in Winter A – online' })).toBeVisible();
}

const candidateNames = async (page: Page) =>
  (
    await page
      .getByRole('table', { name: /Suggested candidates/ })
      .getByRole('button', { name: /^Offer the place to / })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''))
  ).map((label) => label.replace('Offer the place to ', ''));

test('an admin searches the whole list and offers the place to someone outside the suggestions', async ({
  page,
}) => {
  await openFreedPlace(page);
  const search = page.getByRole('search', { name: 'Search the waiting list' });
  await search.getByRole('button', { name: 'Search' }).click();
  const results = page.getByRole('table', { name: /Waiting list search/ });
  const outsider = results
    .getByRole('row')
    .filter({ hasText: /Not suggested: not available on \w+day mornings/ })
    .filter({ has: page.getByRole('button', { name: /^Offer the place to / }) })
    .first();
  await expect(outsider).toBeVisible();
  await expectAccessible(page, 'vacancy search results with reasons');
  const offer = outsider.getByRole('button', { name: /^Offer the place to / });
  const name = (await offer.getAttribute('aria-label'))!
    .replace('Offer the place to ', '')
    .replace('…', '');
  expect(await candidateNames(page)).not.toContain(name);
  await offer.click();
  const dialog = page.getByRole('dialog', { name: `Offer the place to ${name}?` });
  await expect(dialog).toContainText(`${name} was not suggested for this place: not available on`);
  await expectAccessible(page, 'offer outside the suggestions: confirmation');
  await dialog.getByRole('button', { name: 'Offer the place anyway' }).click();
  await expect(page.getByText(`Offered to ${name}`, { exact: true })).toBeVisible();
  await expectAccessible(page, 'offered outside the suggestions');
  // The mock sends nothing, so the admin is told to contact the person by
  // hand, with a script naming them and the reply-by time; readable in light and dark.
  const byHand = page.getByRole('region', { name: 'Contact this person by hand' });
  await expect(byHand).toContainText('GOV.UK Notify is not set up');
  await expect(byHand.getByRole('textbox', { name: 'Script to read out or send' })).toHaveValue(
    new RegExp(
      `^Hello ${name.split(' ')[0]}, .* by (\\d{1,2}(:\\d\\d)?(am|pm)|12 noon|midnight) on `,
    ),
  );
  await expectAccessible(page, 'contact by hand');
});

test('a decline is confirmed with a reason, and the next candidate is suggested', async ({
  page,
}) => {
  await openFreedPlace(page);
  const [first, second] = await candidateNames(page);
  await page.getByRole('button', { name: `Offer the place to ${first}`, exact: true }).click();
  await expect(page.getByText(`Offered to ${first}`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Declined…' }).click();
  const dialog = page.getByRole('dialog', { name: `Record that ${first} declined` });
  await dialog.getByRole('button', { name: 'Record the decline' }).click();
  await expect(dialog.getByText('Choose why the offer was declined')).toBeVisible();
  await expectAccessible(page, 'decline dialog with its error');
  await dialog
    .getByRole('combobox', { name: 'Why did they decline?' })
    .selectOption({ label: 'Too unwell at present' });
  await dialog.getByRole('button', { name: 'Record the decline' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Earlier offers' })).toContainText(
    `${first}, offered`,
  );
  await expect(page.getByRole('list', { name: 'Earlier offers' })).toContainText(
    '(too unwell at present)',
  );
  await expect.poll(async () => (await candidateNames(page))[0]).toBe(second);
  await expectAccessible(page, 'vacancy after a decline');
});

test('an offer past its expiry shows as expired and the page moves to the next candidate', async ({
  page,
}) => {
  await openFreedPlace(page);
  const [first, second] = await candidateNames(page);
  await page.getByRole('button', { name: `Offer the place to ${first}`, exact: true }).click();
  await expect(page.getByText(`Offered to ${first}`, { exact: true })).toBeVisible();
  await expectAccessible(page, 'vacancy with an open offer');
  // Two days and an hour later (the offer was for 48 hours), as far as the mock knows.
  await page.addInitScript((ahead) => {
    (globalThis as { __cohortTestClock?: number }).__cohortTestClock = ahead;
  }, 49 * HOUR);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Place in Winter A – online' })).toBeVisible();
  await expect(page.getByText(`Offered to ${first}`, { exact: true })).toBeHidden();
  const history = page.getByRole('list', { name: 'Earlier offers' });
  await expect(history).toContainText(`${first}, offered`);
  await expect(history).toContainText('Expired');
  await expect(history).toContainText('(no answer by the expiry time)');
  await expect.poll(async () => (await candidateNames(page))[0]).toBe(second);
  await expectAccessible(page, 'vacancy after the offer expired');
});
