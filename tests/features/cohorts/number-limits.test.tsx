import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

describe('a number outside its limits', () => {
  it('keeps what was typed (25, not 20) and says why beside the field on leaving it', async () => {
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/cohorts');
    await user.click(await screen.findByRole('button', { name: 'New cohort' }));
    const capacity = await screen.findByRole('textbox', { name: /Capacity/ });
    await user.clear(capacity);
    await user.type(capacity, '25');
    await user.tab();
    expect(capacity).toHaveValue('25');
    expect(capacity).toHaveAccessibleDescription(/Enter a number from 1 to 20/);
    expect(capacity).toHaveAttribute('aria-invalid', 'true');
    // Saving keeps it too, with the schema's own words.
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));
    expect(await screen.findByText('Capacity cannot be more than 20')).toBeInTheDocument();
    expect(capacity).toHaveValue('25');
  });
});
