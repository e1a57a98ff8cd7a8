import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { expectAccessible } from '../e2e/helpers';
import { MATERIAL_FIELDS, MATERIAL_SMS_TEMPLATE, NOTIFY_URL } from './notify-settings';
import { signIn } from './real-backend';

// Missed material against the real server and the GOV.UK Notify stand-in: an admin gives the
// session topic its material link and the material its text template in Settings, marks a
// person absent on a held register and finalises it. Everyone absent then gets the topic's
// link by text, once (the stand-in checks the JWT, the template and exactly its fields); a
// person whose catch-up was sent by hand gets nothing more; the register says "Material sent".
// The session was held days ago in the server's own time, so no clock needs moving here.
// Autumn D is a cohort no other journey here changes.

const COHORT = 'Autumn D – online';
const LINK = 'https://materials.example.org/pacing';

interface Received {
  template_id: string;
  phone_number?: string;
  personalisation: Record<string, string>;
}
const materialSent = async (request: APIRequestContext) =>
  ((await (await request.get(`${NOTIFY_URL}/_received`)).json()) as Received[]).filter(
    (m) => m.template_id === MATERIAL_SMS_TEMPLATE,
  );

function heldSession() {
  const seed = demoSeed();
  const cohort = seed.cohorts.find((c) => c.name === COHORT)!;
  const session = seed.sessions.find((s) => s.cohortId === cohort.id && s.number === 3)!;
  const placed = new Set(
    seed.enrolments.filter((e) => e.cohortId === cohort.id).map((e) => e.participantId),
  );
  const person = (given: string) =>
    seed.participants.find((p) => placed.has(p.id) && p.givenName === given)!;
  return { session, gemma: person('Gemma'), hamza: person('Hamza'), luca: person('Luca') };
}

test('missed material is sent once by text to each person absent, after the register is finalised', async ({
  page,
  request,
}) => {
  // A whole journey through a register on a shared machine: more than the default minute.
  test.setTimeout(180_000);
  const { session, gemma, hamza, luca } = heldSession();
  expect(session.registerFinalisedAt).toBeNull();
  await signIn(page, 'sam.patel@nhs.net');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page
    .getByRole('textbox', { name: 'Missed material: text message template ID' })
    .fill(MATERIAL_SMS_TEMPLATE);
  await page.getByRole('button', { name: 'Add material for a topic' }).click();
  await page.getByRole('textbox', { name: 'Topic' }).fill(session.topic);
  await page.getByRole('textbox', { name: 'Material link' }).fill(LINK);
  await expectAccessible(page, 'settings with material (real backend)');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible({
    timeout: 30_000,
  });

  await page.goto(`/registers/${session.id}`);
  const row = (given: string, family: string) =>
    page.getByRole('radiogroup', { name: `${given} ${family}` });
  await row(gemma.givenName, gemma.familyName)
    .getByRole('radio', { name: 'Did not attend' })
    .click();
  await page.getByRole('button', { name: 'Mark all attended' }).click();
  await expect(page.getByText('All marks saved')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Finalise register' }).click();
  await page.getByRole('button', { name: 'Finalise now' }).click();
  await expect(page.getByText('Register finalised')).toBeVisible();

  // Gemma (marked now) and Hamza (marked absent before); not Luca, whose catch-up was sent by
  // hand, and no one who came.
  await expect.poll(async () => (await materialSent(request)).length).toBe(2);
  const sent = await materialSent(request);
  expect(sent.map((m) => m.phone_number).sort()).toEqual([gemma.phone, hamza.phone].sort());
  expect(sent.map((m) => m.phone_number)).not.toContain(luca.phone);
  const toGemma = sent.find((m) => m.phone_number === gemma.phone)!;
  expect(Object.keys(toGemma.personalisation).sort()).toEqual([...MATERIAL_FIELDS].sort());
  expect(toGemma.personalisation).toEqual({
    first_name: 'Gemma',
    session_date: 'Wednesday 2 December',
    material_link: LINK,
    // A courtesy message: the person's own link to turn such messages off.
    opt_out_link: expect.stringMatching(/\/link\/[\w-]{43}$/),
  });
  expect(JSON.stringify(sent)).not.toContain(gemma.familyName);
  expect(JSON.stringify(sent)).not.toContain(session.topic);

  await page.reload();
  const gemmaRow = page.getByRole('group', { name: `${gemma.givenName} ${gemma.familyName}` });
  await expect(gemmaRow.getByText(/^Material sent by text /)).toBeVisible();
  await expect(
    page.getByRole('checkbox', {
      name: `Catch-up sent by hand to ${luca.givenName} ${luca.familyName}`,
    }),
  ).toBeChecked();
  await expectAccessible(page, 'register with material sent (real backend)');
  // Once: the finalised register sends nothing more on another read.
  await expect.poll(async () => (await materialSent(request)).length).toBe(2);
});
