import { Suspense } from 'react';
import { lazyComponent } from '../../../lib/lazy-component';

// The alerts panel's code (its review form: radios, a textarea, the form library) loads apart
// from the pages that show it, which must stay within their bundle budgets; it asks for the
// alerts as soon as it has loaded, and shows nothing while there are none.
const AlertsPanel = lazyComponent(() => import('./alerts-panel'), 'AlertsPanel');

export function OpenAlerts({ cohortId }: { cohortId?: string }) {
  return (
    <Suspense fallback={null}>
      <AlertsPanel cohortId={cohortId} />
    </Suspense>
  );
}
