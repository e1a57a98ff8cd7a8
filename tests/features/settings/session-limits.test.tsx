import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { store } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { Providers } from '../../../src/app/providers';
import { IdleGuard } from '../../../src/features/auth/components/idle-guard';
import type { IdleWatchOptions } from '../../../src/features/auth/idle-watch';
import { createQueryClient } from '../../../src/lib/query-client';
import { sessionLimitsStore } from '../../../src/lib/session-limits-store';
import { call } from '../../mocks/api-client';
import { ACCOUNTS, renderApp, signInAs } from '../../utils/render-app';

// How long a session lasts is a service setting. An admin changes it on the Settings
// page (the same schema as the server's, so a value out of bounds is refused beside the field
// and kept); every signed-in user's idle sign-out then follows it. The watcher's own timing
// (warning a minute before, sign-out exactly at the limit) is tested with fake timers in
// tests/features/auth/idle-watch.test.ts; here it is replaced to see what the guard asks of it.

const watched = vi.hoisted(() => [] as { idleMs: number; warnMs: number }[]);
vi.mock('../../../src/features/auth/idle-watch', () => ({
  watchIdle: (o: IdleWatchOptions<never>) => {
    watched.push({ idleMs: o.idleMs, warnMs: o.warnMs });
    return { stay: () => {}, stop: () => {} };
  },
}));

const MINUTE = 60_000;

/** The guard as the app shell renders it, with no limits of its own. */
function renderGuard() {
  watched.length = 0;
  render(
    <Providers queryClient={createQueryClient()}>
      <IdleGuard onSignedOut={() => {}} />
    </Providers>,
  );
}

describe('session limits in the service settings', () => {
  it('an admin changes them; a value out of bounds is refused beside its field and kept', async () => {
    signInAs(ACCOUNTS.sam);
    const { user } = await renderApp('/settings');
    const idle = await screen.findByRole('textbox', {
      name: 'Sign out after (minutes without use)',
    });
    const longest = screen.getByRole('textbox', { name: 'Longest session (hours)' });
    expect(idle).toHaveValue('15');
    expect(longest).toHaveValue('12');

    await user.clear(idle);
    await user.type(idle, '4');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText('Sign out after must be at least 5 minutes'),
    ).toBeInTheDocument();
    expect(idle).toHaveValue('4');
    expect(store.data.settings.sessionIdleMinutes).toBe(15);

    await user.clear(idle);
    await user.type(idle, '20');
    await user.clear(longest);
    await user.type(longest, '8');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved. Every flag has been re-evaluated.')).toBeInTheDocument();
    expect(store.data.settings).toMatchObject({ sessionIdleMinutes: 20, sessionMaxHours: 8 });
    const entry = store.data.audit.find((a) => a.action === 'settings.update');
    expect(entry?.after).toMatchObject({ sessionIdleMinutes: 20, sessionMaxHours: 8 });
    // This tab's idle sign-out follows them at once.
    expect(sessionLimitsStore.get()).toEqual({ sessionIdleMinutes: 20, sessionMaxHours: 8 });
  });

  it('managers read them; facilitators cannot change them but every role reads its limits', async () => {
    signInAs(ACCOUNTS.joanne);
    await renderApp('/settings');
    expect(
      await screen.findByRole('textbox', { name: 'Sign out after (minutes without use)' }),
    ).toBeDisabled();
    store.data.settings.sessionIdleMinutes = 25;
    for (const as of [ACCOUNTS.priya, ACCOUNTS.joanne, ACCOUNTS.sam]) {
      const r = await call('GET', '/auth/session-limits', { as });
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ sessionIdleMinutes: 25, sessionMaxHours: 12 });
    }
    const refused = await call('PATCH', '/settings', {
      as: ACCOUNTS.priya,
      body: {
        absenceThreshold: 2,
        lateJoinCutoffSession: 3,
        completionMinSessions: 6,
        sessionIdleMinutes: 60,
      },
      headers: { 'If-Match': `"${store.data.settings.version}"` },
    });
    expect(refused.status).toBe(403);
    expect(store.data.settings.sessionIdleMinutes).toBe(25);
  });

  it("the idle sign-out follows the service's limit, warning a minute before", async () => {
    store.data.settings.sessionIdleMinutes = 5;
    signInAs(ACCOUNTS.priya);
    renderGuard();
    await waitFor(() => expect(watched.at(-1)).toEqual({ idleMs: 5 * MINUTE, warnMs: 4 * MINUTE }));
  });

  it('keeps the default 15 minutes when the limits cannot be read', async () => {
    server.use(http.get('*/auth/session-limits', () => HttpResponse.error()));
    signInAs(ACCOUNTS.priya);
    renderGuard();
    await waitFor(() => expect(watched.length).toBeGreaterThan(0));
    expect(watched.at(-1)).toEqual({ idleMs: 15 * MINUTE, warnMs: 14 * MINUTE });
    expect(sessionLimitsStore.get()).toBeNull();
  });
});
