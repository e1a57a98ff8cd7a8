import { expect, test } from '@playwright/test';
import { expectAccessible } from '../e2e/helpers';
import {
  expectRealBackendHygiene,
  patientIdentifiers,
  recordRequests,
  signIn,
} from './real-backend';

// One journey per role against the HTTP API on another origin. They run in this order on
// one data set: the manager reads in the audit trail what the others did.

test('facilitator Priya Shah takes part of a register; the marks are on the server after a reload', async ({
  page,
}) => {
  const urls = recordRequests(page);
  await signIn(page, 'priya.shah@nhs.net');
  await expectAccessible(page, 'cohorts (facilitator, real backend)');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Registers' })
    .click();
  await page
    .getByRole('region', { name: 'Today' })
    .getByRole('link', { name: 'Autumn A – online: session 5' })
    .click();
  await expect(page.getByText('0 of 18 marked')).toBeVisible();
  const rows = page.getByRole('radiogroup');
  await rows.nth(0).getByRole('radio', { name: 'Attended' }).click();
  await rows.nth(1).getByRole('radio', { name: 'Did not attend' }).click();
  await rows.nth(2).getByRole('radio', { name: 'Late, seen' }).click();
  await expect(page.getByText('3 of 18 marked')).toBeVisible();
  await expect(page.getByText('All marks saved')).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page, 'register part-marked (real backend)');
  await page.reload();
  await expect(page.getByText('3 of 18 marked')).toBeVisible();
  await expect(rows.nth(1).getByRole('radio', { name: 'Did not attend' })).toBeChecked();
  await expectRealBackendHygiene(page, urls, patientIdentifiers());
});

test('admin Sam Patel opens a cohort and enrols someone from the waiting list', async ({
  page,
}) => {
  const urls = recordRequests(page);
  await signIn(page, 'sam.patel@nhs.net');
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  await expect(page.getByRole('heading', { name: 'Winter A – online', level: 1 })).toBeVisible();
  await expectAccessible(page, 'cohort page (admin, real backend)');
  await page.getByRole('button', { name: 'Enrol participant' }).click();
  const dialog = page.getByRole('dialog');
  const candidate = dialog.getByRole('group', { name: 'Waiting list' }).getByRole('button').first();
  const name = (await candidate.textContent())!.trim();
  await candidate.click();
  await dialog.getByRole('checkbox', { name: /agreement recorded/ }).check();
  await expectAccessible(page, 'enrol dialog (real backend)');
  await dialog.getByRole('button', { name: `Enrol ${name}` }).click();
  const row = page
    .getByRole('region', { name: 'Participants' })
    .getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Confirmed');
  await page.reload();
  await expect(row).toContainText('Confirmed');
  await expectRealBackendHygiene(page, urls, patientIdentifiers());
});

test('manager Joanne Fraser browses cohorts and reads the audit trail', async ({ page }) => {
  const urls = recordRequests(page);
  await signIn(page, 'joanne.fraser@nhs.net');
  await expect(page.getByRole('link', { name: 'Winter A – online' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Autumn A – online' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New cohort' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Autumn A – online' }).click();
  await expect(page.getByRole('heading', { name: 'Autumn A – online', level: 1 })).toBeVisible();
  await expectAccessible(page, 'cohort page (manager, real backend)');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Audit trail' })
    .click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  // What the facilitator and the admin just did, read back from the server.
  await expect(page.getByRole('row').filter({ hasText: 'Priya Shah' }).first()).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Sam Patel' }).first()).toBeVisible();
  await expectAccessible(page, 'audit trail (real backend)');
  await expectRealBackendHygiene(page, urls, patientIdentifiers());
});
