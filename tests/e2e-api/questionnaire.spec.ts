import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { fullName } from '../../src/domain/names';
import { expectAccessible } from '../e2e/helpers';
import { NOTIFY_QUESTIONNAIRE_SMS, NOTIFY_URL } from './notify-settings';
import { signIn } from './real-backend';

// A person answers a session's questionnaire by the link in their text, on a phone with no
// account: one question a screen, crisis help on each. An item-9 answer above 0 raises a
// safety alert at once, and the facilitator reviews it from their home page. Autumn D is a
// cohort no other journey here changes.

const COHORT = 'Autumn D – online';
const PRIYA = 'priya.shah@nhs.net';

interface Received {
  template_id: string;
  personalisation: Record<string, string>;
}
const received = async (request: APIRequestContext) =>
  (await (await request.get(`${NOTIFY_URL}/_received`)).json()) as Received[];

test('a person answers by link; item 9 raises an alert that a facilitator reviews', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const seed = demoSeed();
  const cohort = seed.cohorts.find((c) => c.name === COHORT)!;
  const today = new Date().toISOString().slice(0, 10);
  const session = seed.sessions
    .filter((s) => s.cohortId === cohort.id && s.date > today)
    .sort((a, b) => a.date.localeCompare(b.date))[0]!;
  await request.post(`${NOTIFY_URL}/_reset`);

  await signIn(page, PRIYA);
  await page.goto(`/registers/${session.id}`);
  await page.getByRole('button', { name: 'Send questionnaire links' }).click();
  await expect(page.getByRole('status').filter({ hasText: /links? sent/ })).toBeVisible();
  const texts = (await received(request)).filter((m) => m.template_id === NOTIFY_QUESTIONNAIRE_SMS);
  expect(texts.length).toBeGreaterThan(0);
  const { first_name: firstName, questionnaire_link: link } = texts[0]!.personalisation;
  const person = seed.participants.find(
    (p) =>
      p.givenName.split(' ')[0] === firstName &&
      seed.enrolments.some((e) => e.participantId === p.id && e.cohortId === cohort.id),
  )!;

  const phone = await browser.newContext({ viewport: { width: 375, height: 667 } });
  const answer = await phone.newPage();
  await answer.goto(link!);
  await expect(answer.getByRole('heading', { level: 1 })).toHaveText(
    'Little interest or pleasure in doing things',
  );
  const shown = await answer.locator('body').innerText();
  expect(shown).toContain(`Hello ${firstName}`);
  expect(shown).toContain('Samaritans free on 116 123');
  expect(shown).not.toContain(person.familyName);
  expect(shown).not.toMatch(/\d{10}|\d{3} \d{3} \d{4}/);
  expect(await answer.locator('script').count()).toBe(0);
  await expectAccessible(answer, "a questionnaire link's first question, on a phone");

  // Continue without an answer: asked again, with the error tied to the question.
  await answer.getByRole('button', { name: 'Continue' }).click();
  await expect(answer.getByRole('alert')).toHaveText('Choose one answer');
  for (let item = 1; item <= 9; item += 1) {
    await answer.getByRole('radio', { name: item === 9 ? 'Several days' : 'Not at all' }).check();
    await answer.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(answer.getByText('Question 10 of')).toBeVisible();
  for (let left = 30; left > 0; left -= 1) {
    if (await answer.getByRole('heading', { name: `Thank you, ${firstName}` }).isVisible()) break;
    await answer.getByRole('radio').first().check();
    await answer.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(answer.getByRole('heading', { name: `Thank you, ${firstName}` })).toBeVisible();
  await expectAccessible(answer, "a questionnaire link's thank-you page");
  await phone.close();

  // The facilitator's home page: the alert waits for its review, then goes.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Cohorts' })
    .click();
  const review = page.getByRole('form', { name: `Review the alert for ${fullName(person)}` });
  await expect(review).toBeVisible({ timeout: 70_000 });
  await review.getByRole('radio', { name: 'Called the person' }).check();
  await review.getByLabel('Note').fill('Called them; safety plan agreed');
  await review.getByRole('button', { name: 'Save review' }).click();
  await expect(review).toBeHidden();
});
