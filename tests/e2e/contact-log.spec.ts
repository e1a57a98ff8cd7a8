import { expect, test } from '@playwright/test';
import { expectAccessible, freshDemo, signInWithDemoButton } from './helpers';

// An admin logs three failed attempts to reach someone on the waiting
// list; the entry then suggests closing it as not contactable (it never closes by itself);
// the admin confirms the close, then reopens the entry.
test('three failed contact attempts suggest "not contactable"; the entry is closed and reopened', async ({
  page,
}) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Waiting list' })
    .click();
  const list = page.getByRole('table', { name: 'Waiting list' });
  const first = list.getByRole('row').nth(1).getByRole('link').first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  const form = page.getByRole('form', { name: 'Log a contact attempt' });
  await expect(form).toBeVisible();
  await expectAccessible(page, 'entry with an empty contact log');
  // Nothing chosen: the shared schema's messages sit by the fields.
  await form.getByRole('button', { name: 'Log attempt' }).click();
  await expect(form.getByText('Choose how you tried to reach them')).toBeVisible();
  await expectAccessible(page, 'contact form with errors');

  const attempts: [string, string][] = [
    ['Phone', 'No answer'],
    ['SMS', 'Left message'],
    ['Phone', 'Wrong number'],
  ];
  const log = page.getByRole('list', { name: 'Contact attempts, newest first' });
  for (const [i, [how, outcome]] of attempts.entries()) {
    await form.getByLabel('How').selectOption(how);
    await form.getByLabel('Outcome').selectOption(outcome);
    await form.getByRole('button', { name: 'Log attempt' }).click();
    await expect(log.getByRole('listitem')).toHaveCount(i + 1);
    await expect(log.getByRole('listitem').first()).toContainText(`Sam Patel: ${how}: ${outcome}`);
  }
  const suggestion = page.getByText('Not contactable?');
  await expect(suggestion).toBeVisible();
  await expectAccessible(page, 'not contactable suggestion');

  await page.getByRole('button', { name: 'Close as not contactable…' }).click();
  const dialog = page.getByRole('dialog', { name: `Close the entry for ${name}?` });
  await expect(dialog.getByLabel('Reason')).toHaveValue('not_contactable');
  await expectAccessible(page, 'close dialog');
  await dialog.getByRole('button', { name: 'Close entry' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Not contactable after attempts\./)).toBeVisible();
  const history = page.getByRole('list', { name: 'History of this entry' });
  await expect(history).toContainText('Closed: Not contactable after attempts');
  await expectAccessible(page, 'closed entry');

  await page.getByRole('button', { name: 'Reopen entry' }).click();
  await expect(page.getByRole('button', { name: 'Close entry…' })).toBeVisible();
  await expect(history).toContainText('Reopened: back on the list at the original place');
  await expectAccessible(page, 'reopened entry');
});
