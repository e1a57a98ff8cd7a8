import { createHmac } from 'node:crypto';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { expectAccessible } from '../e2e/helpers';
import {
  NOTIFY_FIELDS,
  NOTIFY_SECRET,
  NOTIFY_SERVICE_ID,
  NOTIFY_TEMPLATES,
  NOTIFY_URL,
} from './notify-settings';
import { signIn } from './real-backend';

// GOV.UK Notify against the real server: with a Notify key in its environment and a text
// message template in the settings, an offer goes to the person's mobile through GOV.UK
// Notify (here the local stand-in, which checks the JWT, the template and the
// personalisation as Notify would), and the offer's contact log shows the message and how
// its delivery went. Winter B is a cohort no other journey here changes.

const COHORT = 'Winter B – online evenings';

interface Received {
  id: string;
  type: string;
  template_id: string;
  phone_number?: string;
  personalisation: Record<string, string>;
  reference: string;
}

const received = async (request: APIRequestContext) =>
  (await (await request.get(`${NOTIFY_URL}/_received`)).json()) as Received[];

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

/** Sets the text message template id on the Settings page ('' clears it). */
async function setSmsTemplate(page: Page, id: string) {
  await nav(page, 'Settings');
  // Exact: reminders, material and session changes each have a text message template too.
  const field = page.getByRole('textbox', { name: 'Text message template ID', exact: true });
  await field.fill(id);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

/** A token as Notify's clients make it: HS256 over { iss, iat }. */
function token(iss: string, secret: string, iat = Math.round(Date.now() / 1000)) {
  const part = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${part({ typ: 'JWT', alg: 'HS256' })}.${part({ iss, iat })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** Withdraws someone from Winter B (the row `pick` chooses) to free a place. */
async function freePlace(page: Page, reason: string, pick: (rows: Locator) => Locator) {
  await nav(page, 'Cohorts');
  await page.getByRole('link', { name: COHORT }).click();
  const participants = page.getByRole('region', { name: 'Participants' });
  const row = pick(participants.getByRole('row'));
  const leaver = (await row.getByRole('cell').first().textContent())!.trim();
  await page.getByRole('button', { name: `Actions for ${leaver}` }).click();
  await page.getByRole('menuitem', { name: 'Withdraw from the course…' }).click();
  const withdraw = page.getByRole('dialog', { name: `Withdraw ${leaver} from the course` });
  await withdraw.getByLabel('Reason').fill(reason);
  await withdraw.getByRole('button', { name: 'Withdraw' }).click();
  await expect(participants.getByRole('row', { name: new RegExp(leaver) })).toContainText(
    'Withdrawn',
  );
}

/** Offers Winter B's freed place to the first suggested candidate; answers their name. */
async function offerToFirstCandidate(page: Page) {
  await nav(page, 'Vacancies');
  await page
    .getByRole('table', { name: 'Open vacancies' })
    .getByRole('link', { name: COHORT })
    .click();
  await expect(page.getByRole('heading', { name: `Place in ${COHORT}` })).toBeVisible();
  const offer = page
    .getByRole('table', { name: /Suggested candidates/ })
    .getByRole('button', { name: /^Offer the place to / })
    .first();
  const name = (await offer.getAttribute('aria-label'))!.replace('Offer the place to ', '');
  await offer.click();
  await expect(page.getByText(`Offered to ${name}`, { exact: true })).toBeVisible();
  return name;
}

test('the Notify stand-in refuses a wrong signature, issuer, clock, template or field', async ({
  request,
}) => {
  const personalisation = Object.fromEntries(NOTIFY_FIELDS.map((f) => [f, 'x']));
  const sms = (auth: string, body: object = {}) =>
    request.post(`${NOTIFY_URL}/v2/notifications/sms`, {
      headers: { Authorization: `Bearer ${auth}` },
      data: {
        template_id: NOTIFY_TEMPLATES.sms,
        phone_number: '07700900123',
        personalisation,
        ...body,
      },
    });
  const refusals = [
    [await sms(token(NOTIFY_SERVICE_ID, 'not-the-secret')), 403, /signature/],
    [await sms(token('another-service', NOTIFY_SECRET)), 403, /service not found/],
    [await sms(token(NOTIFY_SERVICE_ID, NOTIFY_SECRET, 1_000)), 403, /clock/],
    [
      await sms(token(NOTIFY_SERVICE_ID, NOTIFY_SECRET), { template_id: NOTIFY_TEMPLATES.email }),
      400,
      /Template not found/,
    ],
    [
      await sms(token(NOTIFY_SERVICE_ID, NOTIFY_SECRET), {
        personalisation: { ...personalisation, nhs_number: '9434765919' },
      }),
      400,
      /Unexpected personalisation: nhs_number/,
    ],
  ] as const;
  for (const [res, status, message] of refusals) {
    expect(res.status()).toBe(status);
    expect(JSON.stringify(await res.json())).toMatch(message);
  }
  // The right token is accepted: the checks above are what refused the others.
  const good = await sms(token(NOTIFY_SERVICE_ID, NOTIFY_SECRET));
  expect(good.status()).toBe(201);
  await request.post(`${NOTIFY_URL}/_reset`);
});

test('admin Sam Patel offers freed places; Notify texts each person: one takes it by the link, the next says no with a reason', async ({
  browser,
  page,
  request,
}) => {
  // Two people's journeys in one (the admin's, then the person's on their phone), with a wait
  // of up to 30 s for Notify's delivery status between them.
  test.setTimeout(240_000);
  await request.post(`${NOTIFY_URL}/_reset`);
  await signIn(page, 'sam.patel@nhs.net');
  await setSmsTemplate(page, NOTIFY_TEMPLATES.sms);
  await expect(page.getByText(/This server holds a GOV.UK Notify API key/)).toBeVisible();
  await expectAccessible(page, 'settings with the Notify templates (real backend)');

  // Free a place in Winter B, and offer it to the first suggested candidate (everyone in the
  // demo has a mobile).
  await freePlace(page, 'Moving out of the area', (rows) => rows.nth(1));
  const name = await offerToFirstCandidate(page);

  // The stand-in received exactly one text, with the template and the fields, nothing clinical.
  const messages = await received(request);
  expect(messages).toHaveLength(1);
  const [sms] = messages;
  expect(sms).toMatchObject({ type: 'sms', template_id: NOTIFY_TEMPLATES.sms });
  expect(Object.keys(sms!.personalisation).sort()).toEqual([...NOTIFY_FIELDS].sort());
  const [givenName, ...family] = name.split(' ');
  expect(sms!.personalisation).toMatchObject({
    first_name: givenName,
    course_day: expect.stringMatching(/^\w+day$/),
    venue: 'online, by video call',
    reply_by: expect.stringMatching(/^(\d{1,2}(:\d\d)?(am|pm)|12 noon|midnight) on \w+day \d/),
  });
  const person = demoSeed().participants.find((p) => `${p.givenName} ${p.familyName}` === name);
  expect(sms!.phone_number).toBe(person?.phone);
  const said = Object.values(sms!.personalisation).join(' | ');
  expect(said).not.toMatch(/\d{10}|\d{3} \d{3} \d{4}/);
  expect(said).not.toContain(family.join(' '));

  // The offer's contact log shows the message, then Notify's word that it was delivered.
  const log = page.getByRole('list', { name: 'Contact attempts about this offer' });
  await expect(log).toContainText('GOV.UK Notify: Text message sent by GOV.UK Notify');
  await expect(page.getByRole('region', { name: 'Contact this person by hand' })).toHaveCount(0);
  // The server asks the stand-in every 5 seconds here; the page reads again while it waits.
  await expect(log).toContainText('Text message sent by GOV.UK Notify — delivered', {
    timeout: 30_000,
  });
  await expectAccessible(page, 'offer sent by Notify with its delivery (real backend)');
  expect(await received(request)).toHaveLength(1);
  // Every request the server made (the send, the status asks) passed the stand-in's checks.
  expect(await (await request.get(`${NOTIFY_URL}/_refused`)).json()).toEqual([]);

  // The person opens the link in their text on their own phone: no account, no script, only
  // their first name and the course's day, time and place.
  const link = sms!.personalisation.reply_link!;
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:8787\/link\/[\w-]{43}$/);
  const phone = await browser.newContext();
  const reply = await phone.newPage();
  await reply.goto(link);
  await expect(reply.getByRole('heading', { level: 1 })).toHaveText(
    `Hello ${givenName}, a place is ready for you`,
  );
  const shown = await reply.locator('body').innerText();
  expect(shown).not.toContain(family.join(' '));
  expect(shown).not.toMatch(/\d{10}|\d{3} \d{3} \d{4}/);
  expect(shown).toContain('020 7946 0000');
  expect(await reply.locator('script').count()).toBe(0);
  await expectAccessible(reply, "an offer's link page");
  await reply.getByRole('button', { name: 'Yes, I would like the place' }).click();
  await expect(reply.getByRole('heading', { level: 1 })).toHaveText(
    `Thank you, ${givenName}: the place is yours`,
  );
  // A used link says so.
  await reply.goto(link);
  await expect(reply.getByRole('heading', { level: 1 })).toHaveText(
    'This link has already been used',
  );
  await expectAccessible(reply, 'a used link');
  await phone.close();
  // The admin sees the answer at once, on the offer's log.
  await page.reload();
  await expect(
    page.getByRole('list', { name: `Contact attempts about the offer to ${name}` }),
  ).toContainText('Secure link: Accepted by link');

  // A second freed place, offered to the next person, who says no by their link, with a reason.
  await freePlace(page, 'Found work on that day', (rows) =>
    rows.filter({ hasNotText: 'Withdrawn' }).filter({ hasNotText: name }).nth(1),
  );
  const name2 = await offerToFirstCandidate(page);
  await expect.poll(async () => (await received(request)).length).toBe(2);
  const sms2 = (await received(request))[1]!;
  const phone2 = await browser.newContext();
  const reply2 = await phone2.newPage();
  await reply2.goto(sms2.personalisation.reply_link!);
  // The form asks why (one reason, required), then records the no.
  await reply2.getByRole('radio').first().check();
  await reply2.getByRole('button', { name: 'No, I do not want the place' }).click();
  await expect(reply2.getByRole('heading', { level: 1 })).toHaveText(
    `Thank you, ${name2.split(' ')[0]}`,
  );
  await expect(reply2.getByText('You keep your place on the waiting list.')).toBeVisible();
  await expectAccessible(reply2, 'an offer declined by its link');
  await phone2.close();
  await page.reload();
  const log2 = page.getByRole('list', { name: `Contact attempts about the offer to ${name2}` });
  await expect(log2).toContainText('Secure link: Declined by link');

  // Leave the service as the other journeys expect it: no template, nothing sent.
  await setSmsTemplate(page, '');
});
