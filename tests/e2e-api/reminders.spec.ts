import { expect, test, type APIRequestContext } from '@playwright/test';
import { addDays, todayIso } from '../../src/domain/dates';
import { expectAccessible } from '../e2e/helpers';
import { NOTIFY_URL, REMINDER_FIELDS, REMINDER_TEMPLATES } from './notify-settings';
import { PASSWORD } from './real-backend';
import { API, APP_ORIGIN } from './slips-helpers';

// Reminders against the real server and the Notify stand-in: a workshop tomorrow, the service
// reminding the day before (its time already passed today), so the job's next run (every 5 s
// here) sends one with the joining link. The person's "I can't make it" link records code 2 on
// the register and, for a workshop, frees the place; the opt-out link turns reminders off.
// Every link page is axe-clean and shows no family name.

const JOIN = 'https://meet.example.nhs.uk/reminders-e2e';

interface Received {
  template_id: string;
  personalisation: Record<string, string>;
}

async function asAdmin(request: APIRequestContext) {
  const login = await request.post(`${API}/auth/login`, {
    data: { email: 'sam.patel@nhs.net', password: PASSWORD },
    headers: { Origin: APP_ORIGIN, 'Idempotency-Key': crypto.randomUUID() },
  });
  expect(login.status()).toBe(200);
  const call = async (
    method: 'get' | 'post' | 'patch',
    path: string,
    data?: object,
    version?: number,
  ) => {
    const res = await request[method](`${API}${path}`, {
      ...(data ? { data } : {}),
      headers: { Origin: APP_ORIGIN, ...(version ? { 'If-Match': `"${version}"` } : {}) },
    });
    expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
    return res.json();
  };
  return call;
}

/** What every settings change must send. */
const base = (s: Record<string, unknown>) => ({
  absenceThreshold: s.absenceThreshold,
  lateJoinCutoffSession: s.lateJoinCutoffSession,
  completionMinSessions: s.completionMinSessions,
});

test('a reminder the day before carries the joining link; its link records code 2, and frees a workshop place', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const admin = await browser.newContext();
  const call = await asAdmin(admin.request);
  const settings = await call('get', '/settings');
  await call(
    'patch',
    '/settings',
    {
      ...base(settings),
      reminderDayBeforeAt: '00:00',
      reminderSmsTemplateId: REMINDER_TEMPLATES.sms,
      reminderEmailTemplateId: REMINDER_TEMPLATES.email,
    },
    settings.version,
  );
  // A course and a workshop, both starting tomorrow, one person placed in each.
  const placed = async (type: 'course' | 'workshop', link: string, taken: string[] = []) => {
    const cohort = await call('post', '/cohorts', {
      name: `Reminders e2e ${type}`,
      type,
      delivery: 'online',
      videoLink: link,
      startDate: addDays(todayIso(), 1),
      startTime: '18:00',
      sessionLengthMinutes: type === 'workshop' ? 180 : 120,
      capacity: 12,
      facilitatorIds: ['stf_priya', 'stf_tom'],
    });
    const candidates = await call('get', `/cohorts/${cohort.id}/waiting-candidates`);
    const person = candidates.items.find(
      (c: { participantId: string }) => !taken.includes(c.participantId),
    );
    await call('post', `/cohorts/${cohort.id}/enrolments`, { participantId: person.participantId });
    return { cohort, person };
  };
  const course = await placed('course', JOIN);
  const workshop = await placed('workshop', `${JOIN}-workshop`, [course.person.participantId]);

  // The job runs every 5 s: each reminder arrives at the stand-in with its joining link.
  const reminderFor = async (link: string) => {
    let found: Received | undefined;
    await expect
      .poll(
        async () => {
          const all = (await (await request.get(`${NOTIFY_URL}/_received`)).json()) as Received[];
          found = all.find((m) => m.personalisation.joining_link === link);
          return found?.template_id;
        },
        { timeout: 30_000 },
      )
      .toBe(REMINDER_TEMPLATES.sms);
    expect(Object.keys(found!.personalisation).sort()).toEqual([...REMINDER_FIELDS].sort());
    return found!;
  };
  const forCourse = await reminderFor(JOIN);
  const forWorkshop = await reminderFor(`${JOIN}-workshop`);

  // The person's phone: no session, no account.
  const phone = await browser.newContext();
  const page = await phone.newPage();
  const cannotCome = async (message: Received, name: string, after: RegExp) => {
    await page.goto(message.personalisation.cannot_attend_link!);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('can you not make');
    await expect(page.locator('body')).not.toContainText(name.split(' ').slice(1).join(' '));
    await expectAccessible(page, 'I cannot make it');
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Tell the service' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Thank you');
    await expect(page.getByText(after)).toBeVisible();
    await expectAccessible(page, 'told');
  };
  await cannotCome(forCourse, course.person.name, /The group will start without waiting/);
  const detail = await call('get', `/cohorts/${course.cohort.id}`);
  const register = await call('get', `/sessions/${detail.sessions[0].id}/register`);
  expect(JSON.stringify(register)).toMatch(/"code":2/);
  await cannotCome(forWorkshop, workshop.person.name, /offered to someone who is waiting/);
  const vacancies = await call('get', '/vacancies');
  expect(JSON.stringify(vacancies)).toContain(workshop.cohort.id);

  // The opt-out link turns reminders off.
  await page.goto(forCourse.personalisation.opt_out_link!);
  await expectAccessible(page, 'opt out');
  await page.getByRole('button', { name: 'Stop reminders and missed material' }).click();
  await expect(page.getByRole('heading', { name: /Reminders are off/ })).toBeVisible();
  await expectAccessible(page, 'opted out');
  const reminders = await call('get', `/cohorts/${course.cohort.id}/reminders`);
  const row = reminders.sessions[0].people[0];
  expect(row.sent[0]).toMatchObject({ kind: 'day_before', outcome: 'sent', channel: 'sms' });
  expect(row.notReminded).toBe('opted_out');
  // No reminders for the journeys after this one.
  const now = await call('get', '/settings');
  await call(
    'patch',
    '/settings',
    { ...base(now), reminderSmsTemplateId: null, reminderEmailTemplateId: null },
    now.version,
  );
  await Promise.all([phone.close(), admin.close()]);
});
