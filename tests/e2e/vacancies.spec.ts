import { expect, test } from '@playwright/test';
import {
  expectAccessible,
  firstParticipantName,
  freshDemo,
  signInWithDemoButton,
  withdrawParticipant,
} from './helpers';

// The accept step now has a confirmation dialog with its own axe check: more room than 60 s.
test.setTimeout(150_000);

test('a withdrawal frees a place; an admin offers it to the suggested candidate, who then appears on the register', async ({
  page,
}) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  // Winter A has not reached session 3, so a freed place is still worth offering.
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  const leaver = await firstParticipantName(page);
  await withdrawParticipant(page, leaver, 'Moving out of the area', () =>
    expectAccessible(page, 'withdraw dialog'),
  );

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Vacancies' })
    .click();
  const vacancies = page.getByRole('table', { name: 'Open vacancies' });
  await expect(vacancies.getByRole('row', { name: /Winter A – online/ })).toBeVisible();
  await expectAccessible(page, 'vacancies page');
  await vacancies.getByRole('link', { name: 'Winter A – online' }).click();
  await expect(page.getByRole('heading', { name: 'Place in Winter A – online' })).toBeVisible();
  const candidates = page.getByRole('table', { name: /Suggested candidates/ });
  const offerButton = candidates.getByRole('button', { name: /^Offer the place to / }).first();
  const name = (await offerButton.getAttribute('aria-label'))!.replace('Offer the place to ', '');
  await expectAccessible(page, 'vacancy with candidates');
  await offerButton.click();
  await expect(page.getByText(`Offered to ${name}`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Accepted: enrol ${name}…` }).click();
  const confirm = page.getByRole('dialog', { name: `Enrol ${name}?` });
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'confirm enrolment dialog');
  await confirm.getByRole('button', { name: `Enrol ${name}` }).click();
  await expect(page.getByText('This place is filled')).toBeVisible();
  await expectAccessible(page, 'vacancy filled');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Registers' })
    .click();
  await page
    .getByRole('region', { name: 'Winter A – online' })
    .getByRole('link', { name: 'Session 1' })
    .click();
  // Session 1 is still to come: the register reads (no marks yet), with the new person on it.
  await expect(page.getByRole('group', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: leaver, exact: true })).toHaveCount(0);
});
