import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, freshDemo, signInWithDemoButton } from './helpers';

test('a withdrawal frees a place; an admin offers it to the suggested candidate, who then appears on the register', async ({
  page,
}) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  // Winter A has not reached session 3, so a freed place is still worth offering.
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  const participants = page.getByRole('region', { name: 'Participants' });
  const leaver = (await participants
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .first()
    .textContent())!.trim();
  await page.getByRole('button', { name: `Actions for ${leaver}` }).click();
  await page.getByRole('menuitem', { name: 'Withdraw from the course…' }).click();
  const withdraw = page.getByRole('dialog', { name: `Withdraw ${leaver} from the course` });
  await withdraw.getByLabel('Reason').fill('Moving out of the area');
  await expectNoAxeViolations(page, 'withdraw dialog');
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(participants.getByRole('row', { name: new RegExp(leaver) })).toContainText(
    'Withdrawn',
  );

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Vacancies' })
    .click();
  const vacancies = page.getByRole('table', { name: 'Open vacancies' });
  await expect(vacancies.getByRole('row', { name: /Winter A – online/ })).toBeVisible();
  await expectNoAxeViolations(page, 'vacancies page');
  await vacancies.getByRole('link', { name: 'Winter A – online' }).click();
  await expect(page.getByRole('heading', { name: 'Place in Winter A – online' })).toBeVisible();
  const candidates = page.getByRole('table', { name: /Suggested candidates/ });
  const offerButton = candidates.getByRole('button', { name: /^Offer the place to / }).first();
  const name = (await offerButton.getAttribute('aria-label'))!.replace('Offer the place to ', '');
  await expectNoAxeViolations(page, 'vacancy with candidates');
  await offerButton.click();
  await expect(page.getByText(`Offered to ${name}`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Accepted: enrol ${name}` }).click();
  await expect(page.getByText('This place is filled')).toBeVisible();
  await expectNoAxeViolations(page, 'vacancy filled');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Registers' })
    .click();
  await page
    .getByRole('region', { name: 'Winter A – online' })
    .getByRole('link', { name: 'Session 1' })
    .click();
  await expect(page.getByRole('radiogroup', { name })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: leaver })).toHaveCount(0);
});
