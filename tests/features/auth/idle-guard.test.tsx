import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Providers } from '../../../src/app/providers';
import { readToken } from '../../../src/api/session-token';
import { authStore } from '../../../src/features/auth/auth-store';
import { IdleGuard } from '../../../src/features/auth/components/idle-guard';
import { createQueryClient } from '../../../src/lib/query-client';
import { ACCOUNTS, signInAs } from '../../utils/render-app';

// The guard loads its watcher and dialogs lazily; loaded once here so the short idle times
// below are not spent transforming modules.
beforeAll(async () => {
  await import('../../../src/features/auth/idle-watch');
  await import('../../../src/features/auth/components/session-dialogs');
});

/** A short idle time; the first test's is longer, since it must see the warning and answer it
 * on a busy machine while the guard's chunks are still loading. */
function setup(idleMs = 2400) {
  signInAs(ACCOUNTS.priya);
  const queryClient = createQueryClient();
  const onSignedOut = vi.fn();
  render(
    <Providers queryClient={queryClient}>
      <IdleGuard idleMs={idleMs} warnMs={600} onSignedOut={onSignedOut} />
    </Providers>,
  );
  return { queryClient, onSignedOut };
}

describe('idle sign-out', () => {
  it('warns a little before, and carrying on keeps the session', async () => {
    const { onSignedOut } = setup(10_000);
    expect(
      await screen.findByRole('dialog', { name: 'Are you still there?' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Are you still there?' }),
      ).not.toBeInTheDocument(),
    );
    expect(onSignedOut).not.toHaveBeenCalled();
    expect(authStore.get()).not.toBeNull();
  });

  it('signs out after the idle time and clears every cached query', async () => {
    const { queryClient, onSignedOut } = setup();
    queryClient.setQueryData(['cohorts', 'roster', 'x'], { items: ['patient data'] });
    await waitFor(() => expect(onSignedOut).toHaveBeenCalled(), { timeout: 5000 });
    expect(authStore.get()).toBeNull();
    expect(readToken()).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('sends unsaved marks before ending the session', async () => {
    const { queryClient, onSignedOut } = setup();
    let release: () => void = () => {};
    const saved = vi.fn();
    void queryClient
      .getMutationCache()
      .build(queryClient, {
        mutationFn: () =>
          new Promise<void>((r) => {
            release = () => {
              saved();
              r();
            };
          }),
      })
      .execute(undefined);
    expect(
      await screen.findByText(/Unsaved marks are being sent first/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(onSignedOut).not.toHaveBeenCalled();
    release();
    await waitFor(() => expect(onSignedOut).toHaveBeenCalled());
    expect(saved).toHaveBeenCalled();
  });
});
