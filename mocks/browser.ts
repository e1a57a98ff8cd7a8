import { setupWorker } from 'msw/browser';
import { store, type Db } from './db';
import { upgradeDb } from './db-upgrade';
import { handlers } from './handlers';
import { openDemoToEveryone } from './endpoint-access';
import { startOfferExpiryTicks } from './offer-expiry-tick';
import { seedDb } from './seed';

// Demo data only (999 test NHS numbers): kept in localStorage so a reload never loses a
// register. This file is never bundled when VITE_API_BASE_URL points at a real API.
const KEY = 'cohort-register.mock-db.v1';

function loadSaved(): Db | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? upgradeDb(JSON.parse(raw) as Db) : null;
  } catch {
    return null;
  }
}

export async function startMockWorker(): Promise<void> {
  // The data here is the user's own: the header's reset works for every role.
  openDemoToEveryone();
  store.load(loadSaved() ?? seedDb());
  // Writing the whole demo store is slow on a tablet: batch writes off the interaction,
  // and flush before the page goes away so a reload never loses a mark.
  let timer: number | undefined;
  const persist = () => {
    timer = undefined;
    try {
      localStorage.setItem(KEY, JSON.stringify(store.data));
    } catch {
      // Quota reached: the demo keeps working in memory.
    }
  };
  store.onCommit(() => {
    timer ??= window.setTimeout(persist, 250);
  });
  window.addEventListener('pagehide', () => {
    if (timer !== undefined) {
      window.clearTimeout(timer);
      persist();
    }
  });
  // Two tabs of the demo act as two clients of one server: a write in one tab reaches the
  // other's store, so a stale version there gets a real 412.
  window.addEventListener('storage', (event) => {
    if (event.key !== KEY || !event.newValue) return;
    try {
      store.load(upgradeDb(JSON.parse(event.newValue) as Db));
    } catch {
      // A half-written value from another tab: the next write brings the stores together.
    }
  });
  startOfferExpiryTicks();
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
