import { expect, test, type Page } from '@playwright/test';
import {
  PRIYA,
  clockAtTodaysSession,
  expectAccessible,
  freshDemo,
  openTodaysRegister,
  signInWithDemoButton,
} from './helpers';

const rowName = async (page: Page, index: number) =>
  (await page
    .getByRole('radiogroup')
    .nth(index)
    .evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent))!;

test('finalising waits for the start, then asks first, naming who is absent; amendments name the change and cancel cleanly', async ({
  page,
}) => {
  // Five minutes before today's 10:00 session.
  await clockAtTodaysSession(page, -5);
  await freshDemo(page);
  await signInWithDemoButton(page, PRIYA);
  await openTodaysRegister(page);
  await page.getByRole('button', { name: 'Mark all attended' }).click();
  await expect(page.getByText('18 of 18 marked')).toBeVisible();
  const finalise = page.getByRole('button', { name: 'Finalise register' });
  await expect(finalise).toBeDisabled();
  await expect(finalise).toHaveAccessibleDescription(
    'You can finalise once the session has started at 10:00.',
  );
  await expectAccessible(page, 'register, before the session starts');

  // The clock reaches the start with the page open: the button enables itself.
  await page.clock.fastForward('06:00');
  await expect(finalise).toBeEnabled();
  const absent = await rowName(page, 2);
  await page.getByRole('radiogroup').nth(2).getByRole('radio', { name: 'Did not attend' }).click();
  await expect(page.getByText('All marks saved')).toBeVisible();
  await finalise.click();
  const dialog = page.getByRole('dialog', { name: 'Finalise the register for session 5?' });
  await expect(dialog).toContainText('18 people on the register, 17 people present, 1 absent.');
  await expect(dialog.getByRole('list', { name: 'Absent' }).getByRole('listitem')).toHaveText([
    `${absent}: Did not attend`,
  ]);
  await expect(dialog).toContainText('Not marked (0)');
  await expectAccessible(page, 'finalise confirmation');
  await dialog.getByRole('button', { name: 'Finalise now' }).click();
  await expect(page.getByText('Register finalised')).toBeVisible();

  // An amendment names the person and the change; Cancel puts the mark back.
  const moved = await rowName(page, 4);
  await page.getByRole('radiogroup').nth(4).getByRole('radio', { name: 'Did not attend' }).click();
  const amend = page.getByRole('dialog', { name: 'Reason for amendment' });
  await expect(amend).toContainText(`${moved}: Attended → Did not attend`);
  await expectAccessible(page, 'amendment dialog');
  await amend.getByRole('button', { name: 'Cancel' }).click();
  await expect(amend).toBeHidden();
  await expect(
    page.getByRole('radiogroup').nth(4).getByRole('radio', { name: 'Attended' }),
  ).toHaveAttribute('aria-checked', 'true');

  // A note typed and then cancelled goes back to what was saved, on screen and after a reload.
  await page.getByRole('button', { name: `Add note for ${moved}` }).click();
  const note = page.getByRole('textbox', { name: `Note for ${moved}` });
  await note.fill('Left at the break');
  await note.press('Tab');
  await expect(amend).toContainText(`${moved}: note no note → “Left at the break”`);
  await amend.getByRole('button', { name: 'Cancel' }).click();
  await expect(amend).toBeHidden();
  await expect(note).toHaveValue('');
  await page.reload();
  // No note was kept: the row offers to add one.
  await expect(page.getByRole('button', { name: `Add note for ${moved}` })).toBeVisible();
});

test('the print view shows the state, absences so far and flags, and blank boxes to tick', async ({
  page,
}) => {
  await clockAtTodaysSession(page, 30);
  await freshDemo(page);
  await signInWithDemoButton(page, PRIYA);
  await openTodaysRegister(page);
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.getByText('Draft: not finalised (0 of 18 marked)')).toBeVisible();
  const table = page.getByRole('table', { name: 'Register' });
  await expect(table.getByRole('row')).toHaveCount(19);
  // Nothing marked yet: every person has five blank boxes.
  await expect(table.getByRole('img', { name: /: blank$/ })).toHaveCount(18 * 5);
  // The seed scripts the first person with two absences so far: at risk.
  expect(await table.getByRole('cell', { name: 'At risk', exact: true }).count()).toBeGreaterThan(
    0,
  );
  await expectAccessible(page, 'print view, draft');
  // On paper: no links or buttons, only the sheet.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('link', { name: '← Back to the register' }).click();
  await page.getByRole('button', { name: 'Mark all attended' }).click();
  await expect(page.getByText('All marks saved')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Finalise register' }).click();
  await page.getByRole('button', { name: 'Finalise now' }).click();
  await expect(page.getByText('Register finalised')).toBeVisible();
  await page.getByRole('radiogroup').nth(1).getByRole('radio', { name: 'Late, seen' }).click();
  await page.getByRole('textbox', { name: 'Reason' }).fill('Joined ten minutes late');
  await page.getByRole('button', { name: 'Save amendment' }).click();
  await expect(page.getByText('All marks saved')).toBeVisible();
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.getByText(/^Finalised .+, amended since \(last .+\)$/)).toBeVisible();
  await expect(table.getByRole('img', { name: /: ticked$/ })).toHaveCount(18);
  await expect(table.getByRole('img', { name: 'Late, seen: ticked' })).toHaveCount(1);
  await expectAccessible(page, 'print view, amended');
});
