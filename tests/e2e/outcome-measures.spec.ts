import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, freshDemo, openTodaysRegister, PRIYA } from './helpers';

// A facilitator enters measures in the register at two sessions; an item-9 answer raises a
// safety alert that they review; the cohort's dashboard shows its recovery rate.

const PHQ9 = [
  /^1\. Little interest/,
  /^2\. Feeling down/,
  /^3\. Sleep/,
  /^4\. Tired/,
  /^5\. Appetite/,
  /^6\. Feeling bad/,
  /^7\. Concentration/,
  /^8\. Slowed/,
  /^9\. Better off dead/,
];
const GAD7 = [
  /^1\. Nervous/,
  /^2\. Cannot stop/,
  /^3\. Worrying/,
  /^4\. Trouble/,
  /^5\. Too restless/,
  /^6\. Easily/,
  /^7\. Afraid/,
];

/** Opens the person's measures panel, answers PHQ-9 and GAD-7 and saves; returns the form. */
async function enterMeasures(
  page: Page,
  name: string,
  phq9: number[],
  gad7: number[],
  check?: () => Promise<void>,
) {
  const row = page.getByRole('group', { name });
  await row.getByRole('button', { name: new RegExp(`measures for ${name}`, 'i') }).click();
  const form = row.getByRole('form', { name: `Measures for ${name}` });
  await expect(form.getByText(/Samaritans free on 116 123/)).toBeVisible();
  for (const [i, label] of PHQ9.entries())
    await form.getByLabel(label).selectOption(String(phq9[i]));
  for (const [i, label] of GAD7.entries())
    await form.getByLabel(label).selectOption(String(gad7[i]));
  await check?.();
  await form.getByRole('button', { name: 'Save measures' }).click();
  await expect(form).toBeHidden();
}

/** Marks `name` present unless they are, giving a reason when the register is finalised. */
async function ensurePresent(page: Page, name: string) {
  const row = page.getByRole('group', { name });
  const attended = row.getByRole('radio', { name: 'Attended' });
  if ((await attended.getAttribute('aria-checked')) === 'true') return;
  if (
    (await row.getByRole('radio', { name: 'Late, seen' }).getAttribute('aria-checked')) === 'true'
  )
    return;
  await attended.click();
  const dialog = page.getByRole('dialog', { name: 'Reason for amendment' });
  if (await dialog.isVisible().catch(() => false)) {
    await dialog.getByLabel('Reason').fill('Corrected from the video call log');
    await dialog.getByRole('button', { name: 'Save amendment' }).click();
  }
  await expect(
    row.getByRole('button', { name: new RegExp(`measures for ${name}`, 'i') }),
  ).toBeVisible();
}

test('measures in the register, a safety alert reviewed, the recovery rate on the dashboard', async ({
  page,
}) => {
  // Three pages checked in two schemes on the register's full page: slower than most journeys.
  test.setTimeout(240_000);
  await freshDemo(page);
  // The in-browser demo seeds itself at the first sign-in: slow on a loaded machine.
  await page.getByRole('button', { name: PRIYA }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 });
  await openTodaysRegister(page);
  const name = (await page
    .getByRole('radiogroup')
    .nth(1)
    .evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')!)!.textContent))!;

  // Session 5 (today): no longer a case (PHQ-9 6, GAD-7 4), but item 9 answered 1.
  await ensurePresent(page, name);
  await enterMeasures(page, name, [1, 1, 1, 1, 1, 0, 0, 0, 1], [1, 1, 1, 1, 0, 0, 0], () =>
    expectAccessible(page, 'the measures panel'),
  );
  const row = page.getByRole('group', { name });
  await expect(row.getByText('Safety alert: review today')).toBeVisible();

  // The alert waits on the register (and the home page) until reviewed.
  const review = page.getByRole('form', { name: `Review the alert for ${name}` });
  await expectAccessible(page, 'the register with an open safety alert');
  await review.getByRole('radio', { name: 'Called the person' }).check();
  await review.getByLabel('Note').fill('Spoke to them; no plans, safety plan shared');
  await review.getByRole('button', { name: 'Save review' }).click();
  await expect(row.getByText('Safety alert: review today')).toBeHidden();

  // Session 4: a case at the start (PHQ-9 15, GAD-7 10).
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Registers' })
    .click();
  await page
    .getByRole('region', { name: 'Autumn A – online' })
    .getByRole('link', { name: 'Session 4' })
    .click();
  await ensurePresent(page, name);
  await enterMeasures(page, name, [3, 3, 3, 3, 3, 0, 0, 0, 0], [3, 3, 3, 1, 0, 0, 0]);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page.getByRole('region', { name: /Safety alert/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Autumn A – online' }).first().click();
  const recovery = page.getByRole('region', { name: 'Recovery', exact: true });
  await expect(recovery).toContainText('100%');
  await expect(recovery).toContainText('1 of 1 who were a case at the start');
  await expect(page.getByRole('region', { name: 'Reliable improvement' })).toContainText('1 of 1');
  await expectAccessible(page, 'the cohort dashboard with outcomes');
});
