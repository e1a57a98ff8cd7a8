import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { cohortByName } from '../../utils/seed-lookup';

// A cohort edit that a colleague's save made stale (412) is merged three ways
// against the version the form was opened at. What only the colleague changed is kept, what
// only I changed is kept, and only the fields we both changed are decided, with both values.

const COHORT = 'Winter A – online';

/** Leah Brennan saves the cohort through the API, as another browser would. */
async function leahSaves(cohortId: string, patch: Record<string, unknown>) {
  const token = 'test-token-stf_leah-colleague-0123456789';
  store.data.tokens[token] = 'stf_leah';
  const cohort = store.data.cohorts.find((c) => c.id === cohortId)!;
  const { id: _id, status: _s, cancelReason: _c, version, ...input } = cohort;
  const response = await fetch(`${location.origin}/api/cohorts/${cohortId}`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'if-match': `"${version}"`,
    },
    body: JSON.stringify({ ...input, ...patch }),
  });
  expect(response.status).toBe(200);
  return store.data.cohorts.find((c) => c.id === cohortId)!;
}

async function openEdit() {
  signInAs(ACCOUNTS.sam);
  const cohort = cohortByName(COHORT);
  const app = await renderApp(`/cohorts/${cohort.id}/edit`);
  await screen.findByLabelText('Name');
  return { ...app, cohort };
}

const saved = (id: string) => store.data.cohorts.find((c) => c.id === id)!;

describe('saving a cohort a colleague saved meanwhile', () => {
  it('keeps the colleague\u2019s name and capacity and my session length, with nothing to decide', async () => {
    const { user, cohort } = await openEdit();
    const before = saved(cohort.id);
    const theirs = await leahSaves(cohort.id, {
      name: 'Winter A – online (Tuesdays)',
      capacity: 16,
    });
    const length = screen.getByLabelText('Session length (minutes)');
    await user.clear(length);
    await user.type(length, '90');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent('Leah Brennan saved this cohort while you were editing'),
    );
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('Their changes, now in the form:');
    expect(alert).toHaveTextContent('Name: “Winter A – online (Tuesdays)”');
    expect(alert).toHaveTextContent('Capacity: “16”');
    expect(alert).toHaveTextContent('Your changes, kept: Session length.');
    expect(alert).toHaveTextContent('Nothing you changed was changed by them too');
    expect(screen.getByLabelText('Name')).toHaveValue('Winter A – online (Tuesdays)');
    expect(saved(cohort.id).version).toBe(theirs.version);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole(
      'heading',
      { name: 'Winter A – online (Tuesdays)', level: 1 },
      { timeout: 5000 },
    );
    expect(saved(cohort.id)).toMatchObject({
      name: 'Winter A – online (Tuesdays)',
      capacity: 16,
      sessionLengthMinutes: 90,
      version: before.version + 2,
    });
  });

  it('lists a field both changed with both values; Save mine overwrites only that field', async () => {
    const { user, cohort } = await openEdit();
    await leahSaves(cohort.id, { name: 'Winter A – online (Tuesdays)', capacity: 16 });
    const capacity = screen.getByLabelText('Capacity');
    await user.clear(capacity);
    await user.type(capacity, '18');
    const length = screen.getByLabelText('Session length (minutes)');
    await user.clear(length);
    await user.type(length, '90');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    const table = await within(alert).findByRole('table', {
      name: 'Changed by both of you: choose whose to save',
    });
    await waitFor(() =>
      expect(within(table).getByRole('columnheader', { name: 'Leah Brennan' })).toBeInTheDocument(),
    );
    const row = within(table).getByRole('row', { name: /Capacity/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['16', '18']);
    expect(alert).toHaveTextContent('Name: “Winter A – online (Tuesdays)”');
    await user.click(within(alert).getByRole('button', { name: 'Save mine over theirs' }));
    await screen.findByRole(
      'heading',
      { name: 'Winter A – online (Tuesdays)', level: 1 },
      { timeout: 5000 },
    );
    expect(saved(cohort.id)).toMatchObject({
      name: 'Winter A – online (Tuesdays)',
      capacity: 18,
      sessionLengthMinutes: 90,
    });
  });

  it('Save theirs for these takes their value for the fields both changed, keeping my others', async () => {
    const { user, cohort } = await openEdit();
    await leahSaves(cohort.id, { capacity: 16 });
    const capacity = screen.getByLabelText('Capacity');
    await user.clear(capacity);
    await user.type(capacity, '18');
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Winter A – online (my name)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    await user.click(await within(alert).findByRole('button', { name: 'Save theirs for these' }));
    await screen.findByRole(
      'heading',
      { name: 'Winter A – online (my name)', level: 1 },
      { timeout: 5000 },
    );
    expect(saved(cohort.id)).toMatchObject({ name: 'Winter A – online (my name)', capacity: 16 });
  });

  it('412, then "Load their version", then Save: their cohort in the form, saved on their version', async () => {
    const { user, cohort } = await openEdit();
    const theirs = await leahSaves(cohort.id, { capacity: 16 });
    const capacity = screen.getByLabelText('Capacity');
    await user.clear(capacity);
    await user.type(capacity, '18');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Load their version' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Capacity')).toHaveValue('16');
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Winter A – online (renamed)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole(
      'heading',
      { name: 'Winter A – online (renamed)', level: 1 },
      { timeout: 5000 },
    );
    expect(saved(cohort.id)).toMatchObject({
      name: 'Winter A – online (renamed)',
      capacity: 16,
      version: theirs.version + 1,
    });
  });

  it('speaks of a colleague when the trail cannot say who, from a 412 the server answers', async () => {
    const { user, cohort } = await openEdit();
    const current = {
      ...saved(cohort.id),
      venue: '',
      capacity: 14,
      version: saved(cohort.id).version + 1,
    };
    server.use(
      http.patch(
        '*/api/cohorts/:id',
        () =>
          HttpResponse.json(
            { error: { code: 'stale_version', message: 'Changed by someone else', current } },
            { status: 412 },
          ),
        { once: true },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A colleague saved this cohort while you were editing');
    expect(alert).toHaveTextContent('Capacity: “14”');
    expect(screen.getByLabelText('Capacity')).toHaveValue('14');
  });
});
