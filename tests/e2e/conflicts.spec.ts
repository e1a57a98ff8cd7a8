import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, freshDemo, openTodaysRegister, signInWithDemoButton } from './helpers';

// Two people change the same thing at once, in two browsers (tabs with
// their own sign-in; the demo server's copy in each catches up through localStorage). Neither
// loses what they wrote: a note conflict can keep both notes, and a cohort edit made stale by
// a colleague's save keeps the colleague's fields.

type MockDb = {
  attendance: { sessionId: string; enrolmentId: string; note: string; version: number }[];
  cohorts: { id: string; name: string; capacity: number; sessionLengthMinutes: number }[];
};
const mockDb = (page: Page) =>
  page.evaluate(() =>
    JSON.parse(localStorage.getItem('cohort-register.mock-db.v1') ?? '{}'),
  ) as Promise<MockDb>;

const PERSON = 'Amara Adeyemi';

// Two signed-in tabs on a machine shared with other runs: these take most of the default minute.
test.slow();

test('two facilitators write one person\u2019s note at once: both notes are kept', async ({
  page,
  context,
}) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Priya Shah, psychology facilitator');
  await openTodaysRegister(page);
  const tom = await context.newPage();
  await tom.goto('/sign-in'); // sign-in is per tab (sessionStorage)
  await signInWithDemoButton(tom, 'Sign in as Tom Okafor, physiotherapy facilitator');
  await tom.goto(page.url());
  await expect(tom.getByText('0 of 18 marked')).toBeVisible();

  const theirs = 'Phoned at 9: running late, will join by video';
  const mine = 'Left at the break for a hospital appointment';
  await tom.getByRole('button', { name: new RegExp(`^(Add|Edit) note for ${PERSON}$`) }).click();
  await tom.getByRole('textbox', { name: `Note for ${PERSON}` }).fill(theirs);
  await tom.getByRole('textbox', { name: `Note for ${PERSON}` }).blur();
  await expect(tom.getByText('All marks saved')).toBeVisible();
  await expect
    .poll(async () => (await mockDb(page)).attendance.some((a) => a.note === theirs))
    .toBe(true);

  // Priya's page still shows the register as she opened it: her note is made on the old version.
  await page.getByRole('button', { name: new RegExp(`^(Add|Edit) note for ${PERSON}$`) }).click();
  await page.getByRole('textbox', { name: `Note for ${PERSON}` }).fill(mine);
  await page.getByRole('textbox', { name: `Note for ${PERSON}` }).blur();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`Tom Okafor saved ${PERSON}'s note while you were editing`);
  await expect(alert.getByRole('row', { name: /^Note/ })).toContainText(`Note${theirs}${mine}`);
  await expectAccessible(page, 'register, note conflict');
  await alert.getByRole('button', { name: `Keep both for ${PERSON}` }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByText('All marks saved')).toBeVisible();

  await expect
    .poll(async () => (await mockDb(page)).attendance.find((a) => a.note.includes(mine))?.note)
    .toContain(theirs);
  const saved = (await mockDb(page)).attendance.find((a) => a.note.includes(mine))!;
  const lost = [theirs, mine].filter((note) => !saved.note.includes(note)).length;
  console.log(
    `note conflict, keep both: saved "${saved.note}" (version ${saved.version}); lost: ${lost}`,
  );
  expect(lost).toBe(0);
  await expect(page.getByRole('textbox', { name: `Note for ${PERSON}` })).toHaveValue(saved.note);
});

test('a cohort edit made stale by a colleague\u2019s save keeps the colleague\u2019s fields', async ({
  page,
  context,
}) => {
  await freshDemo(page);
  await signInWithDemoButton(page, 'Sign in as Sam Patel, service admin');
  await page.goto('/cohorts');
  await page.getByRole('link', { name: 'Winter A – online' }).click();
  await page.getByRole('button', { name: 'Edit cohort' }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Winter A – online');
  const cohortId = page.url().split('/cohorts/')[1]!.split('/')[0]!;

  const leah = await context.newPage();
  await leah.goto('/sign-in');
  await signInWithDemoButton(leah, 'Sign in as Leah Brennan, service admin');
  await leah.goto(page.url());
  await leah.getByLabel('Name').fill('Winter A – online (Tuesdays)');
  await leah.getByLabel('Capacity').fill('16');
  await leah.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    leah.getByRole('heading', { name: 'Winter A – online (Tuesdays)', level: 1 }),
  ).toBeVisible();
  await expect
    .poll(async () => (await mockDb(page)).cohorts.find((c) => c.id === cohortId)?.capacity)
    .toBe(16);

  // Sam, on the form as he opened it: a capacity of his own and a shorter session.
  await page.getByLabel('Capacity').fill('18');
  await page.getByLabel('Session length (minutes)').fill('90');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Leah Brennan saved this cohort while you were editing');
  await expect(alert).toContainText('Name: “Winter A – online (Tuesdays)”');
  await expect(alert).toContainText('Your changes, kept: Session length.');
  const table = alert.getByRole('table', { name: 'Changed by both of you: choose whose to save' });
  await expect(table.getByRole('row', { name: /Capacity/ })).toContainText('1618');
  await expect(page.getByLabel('Name')).toHaveValue('Winter A – online (Tuesdays)');
  await expectAccessible(page, 'cohort edit, three-way merge');
  await alert.getByRole('button', { name: 'Save mine over theirs' }).click();
  // The heading already shows their name (their copy is in the cache since the 412): the save
  // has finished when the form closes.
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeHidden();
  await expect(
    page.getByRole('heading', { name: 'Winter A – online (Tuesdays)', level: 1 }),
  ).toBeVisible();

  const saved = (await mockDb(page)).cohorts.find((c) => c.id === cohortId)!;
  const kept = {
    "colleague's name": saved.name === 'Winter A – online (Tuesdays)',
    'my capacity (chosen over theirs)': saved.capacity === 18,
    'my session length': saved.sessionLengthMinutes === 90,
  };
  const lost = Object.values(kept).filter((ok) => !ok).length;
  console.log(`cohort three-way merge: ${JSON.stringify(kept)}; lost: ${lost}`);
  expect(lost).toBe(0);
});
