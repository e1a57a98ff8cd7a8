import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../../src/app/providers';
import { showToast } from '../../../src/lib/toast';
import { createQueryClient } from '../../../src/lib/query-client';

describe('toasts', () => {
  it('load the notifications container with the first toast and show it', async () => {
    render(
      <Providers queryClient={createQueryClient(() => undefined)}>
        <button
          type="button"
          onClick={() =>
            showToast({ title: 'Export failed', message: 'Could not reach the server.' })
          }
        >
          Export
        </button>
      </Providers>,
    );
    expect(document.querySelector('.mantine-Notifications-root')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Could not reach the server.')).toBeInTheDocument();
    expect(screen.getByText('Export failed')).toBeInTheDocument();
  });
});
