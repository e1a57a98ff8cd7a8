import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { store } from '../../../mocks/db';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

// The GOV.UK Notify template ids on the Settings page (the mock holds no
// Notify key, so the page says offers are contacted by hand).

const TEMPLATE = '6f1d2e3c-4b5a-4968-8776-a5b4c3d2e1f0';

describe('settings: offers by GOV.UK Notify', () => {
  it('says the server has no key, checks a template id on its field, saves and clears it', async () => {
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/settings');
    const sms = await screen.findByRole('textbox', { name: 'Text message template ID' });
    expect(screen.getByRole('group', { name: 'Offers by GOV.UK Notify' })).toHaveTextContent(
      'This server has no GOV.UK Notify API key',
    );
    await user.type(sms, 'template-1');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/paste the template ID from GOV.UK Notify/)).toBeInTheDocument();
    expect(sms).toHaveAccessibleDescription(/paste the template ID/);
    expect(store.data.settings.offerSmsTemplateId).toBeNull();

    await user.clear(sms);
    await user.type(sms, TEMPLATE.toUpperCase());
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved. Every flag has been re-evaluated.')).toBeInTheDocument();
    expect(store.data.settings.offerSmsTemplateId).toBe(TEMPLATE);
    expect(store.data.settings.offerEmailTemplateId).toBeNull();

    await user.clear(sms);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved. Every flag has been re-evaluated.');
    expect(store.data.settings.offerSmsTemplateId).toBeNull();
  });

  it('shows them read-only to a manager', async () => {
    signInAs(ACCOUNTS.joanne);
    await renderApp('/settings');
    expect(await screen.findByRole('textbox', { name: 'Email template ID' })).toBeDisabled();
  });
});
