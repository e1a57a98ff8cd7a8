import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';
import { enrolmentsOf, todaysSession } from '../../utils/seed-lookup';

// A facilitator enters a present person's questionnaires in the register; an item-9 answer
// raises a safety alert on the page at once, which they review there.
const COHORT = 'Autumn A – online';

async function choose(
  user: { selectOptions: (el: HTMLElement, v: string) => Promise<void> },
  form: HTMLElement,
  label: RegExp,
  value: string,
) {
  await user.selectOptions(within(form).getByLabelText(label), value);
}

describe('measures in the register', () => {
  it('only for someone present; a partial PHQ-9 is refused; item 9 raises an alert reviewed on the page', async () => {
    signInAs(ACCOUNTS.priya);
    const session = todaysSession(COHORT);
    const { user } = await renderApp(`/registers/${session.id}`);
    await screen.findByText(/of 18 marked/);
    const person = enrolmentsOf(COHORT).find((e) => e.enrolment.agreementRecordedAt)!;
    const row = screen.getByRole('group', { name: person.name });
    expect(within(row).queryByRole('button', { name: /measures for/i })).not.toBeInTheDocument();

    await user.click(
      within(within(row).getByRole('radiogroup', { name: person.name })).getByRole('radio', {
        name: 'Attended',
      }),
    );
    await user.click(
      await within(row).findByRole('button', { name: `Add measures for ${person.name}` }),
    );
    const form = await within(row).findByRole('form', { name: `Measures for ${person.name}` });
    expect(within(form).getByText(/116 123/)).toBeInTheDocument();

    await choose(user, form, /^1\. Little interest/, '2');
    await user.click(within(form).getByRole('button', { name: 'Save measures' }));
    expect(await within(form).findByText('PHQ-9 needs all 9 answers, or none')).toBeInTheDocument();
    expect(store.data.measures).toHaveLength(0);

    const phq9 = ['2', '2', '2', '1', '1', '1', '1', '1', '1'];
    const labels = [
      /^1\. Little/,
      /^2\. Feeling down/,
      /^3\. Sleep/,
      /^4\. Tired/,
      /^5\. Appetite/,
      /^6\. Feeling bad/,
      /^7\. Concentration/,
      /^8\. Slowed/,
      /^9\. Better off dead/,
    ];
    for (const [i, label] of labels.entries()) await choose(user, form, label, phq9[i]!);
    await user.click(within(form).getByRole('button', { name: 'Save measures' }));

    await waitFor(() => expect(store.data.measures).toHaveLength(1));
    expect(store.data.measures[0]).toMatchObject({
      phq9: phq9.map(Number),
      gad7: null,
      enteredBy: 'staff',
    });
    const toggle = await within(row).findByRole('button', {
      name: `Measures: PHQ-9 12 for ${person.name}`,
    });
    expect(toggle).toHaveFocus();
    expect(within(row).getByText('Safety alert: review today')).toBeInTheDocument();

    const review = await screen.findByRole('form', { name: `Review the alert for ${person.name}` });
    await user.click(within(review).getByRole('radio', { name: /No action needed/ }));
    await user.click(within(review).getByRole('button', { name: 'Save review' }));
    expect(await within(review).findByText('Say why no action was needed')).toBeInTheDocument();
    await user.click(within(review).getByRole('radio', { name: 'Called the person' }));
    await user.click(within(review).getByRole('button', { name: 'Save review' }));
    await waitFor(() =>
      expect(store.data.alerts[0]).toMatchObject({ status: 'reviewed', action: 'called' }),
    );
    await waitFor(() =>
      expect(within(row).queryByText('Safety alert: review today')).not.toBeInTheDocument(),
    );
  }, 60_000);
});
