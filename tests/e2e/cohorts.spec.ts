import { expect, test } from '@playwright/test';
import { expectAccessible, freshDemo, signInWithDemoButton } from './helpers';

test('an admin creates a course, enrols someone from the waiting list, then transfers them', async ({
  page,
}) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  await page.getByRole('button', { name: 'New cohort' }).click();
  await page.getByLabel('Name').fill('Spring A – online');
  await page
    .getByRole('textbox', { name: 'Video link' })
    .fill('https://meet.example.nhs.uk/spring-a');
  await page.getByLabel('Start date').fill('2027-03-22');
  await page.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page.getByText('Choose 2 or 3 facilitators')).toBeVisible();
  await expectAccessible(page, 'new cohort form with errors');
  await page.getByRole('checkbox', { name: 'Grace Whitfield (psychology)' }).check();
  await page.getByRole('checkbox', { name: 'Marta Nowak (physiotherapy)' }).check();
  await expect(page.getByText('(moved for a bank holiday)')).toHaveCount(2); // Easter Monday and the early May bank holiday
  await page.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page.getByRole('heading', { name: 'Spring A – online', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sessions' }).getByRole('row')).toHaveCount(9);
  await expect(page.getByRole('region', { name: 'Sessions' })).toContainText('Mon 5 Apr 2027');

  // Enrol two people into Winter A, then move one of them on to Spring A.
  await page.goto('/cohorts');
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  await page.getByRole('button', { name: 'Enrol participant' }).click();
  const dialog = page.getByRole('dialog');
  const candidate = dialog.getByRole('group', { name: 'Waiting list' }).getByRole('button').first();
  const name = (await candidate.textContent())!.trim();
  await candidate.click();
  await dialog.getByRole('checkbox', { name: /agreement recorded/ }).check();
  await expectAccessible(page, 'enrol dialog');
  await dialog.getByRole('button', { name: `Enrol ${name}` }).click();
  const row = page
    .getByRole('region', { name: 'Participants' })
    .getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Confirmed');

  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Transfer to a later cohort…' }).click();
  const transfer = page.getByRole('dialog', { name: `Transfer ${name} to a later cohort` });
  await transfer.getByRole('radio', { name: /Spring A – online/ }).check();
  await transfer.getByLabel('Reason').fill('Prefers Monday sessions');
  await expectAccessible(page, 'transfer dialog');
  await transfer.getByRole('button', { name: 'Transfer' }).click();
  await expect(row).toContainText('Transferred');
  await expectAccessible(page, 'cohort page after transfer');
  await page.getByRole('button', { name: `Enrolment history for ${name}` }).click();
  const history = page.getByRole('dialog', { name: `Enrolment history for ${name}` });
  await expect(history.getByRole('row').nth(1)).toContainText('Prefers Monday sessions');
  await expectAccessible(page, 'enrolment history dialog');
  await history.getByRole('button', { name: 'Close' }).click();

  await page.goto('/cohorts');
  await page.getByRole('link', { name: 'Spring A – online' }).click();
  await expect(
    page.getByRole('region', { name: 'Participants' }).getByRole('row', { name: new RegExp(name) }),
  ).toContainText('Confirmed');
});
