import { Button } from '@mantine/core';
import { showToast } from '../lib/toast';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../api/api-error';
import { callApi } from '../api/client';
import { demoEndpoints } from '../api/endpoints/demo';

/** Mock mode: restore the seeded demo data (the user stays signed in). In the header from the
 * sm breakpoint up; below it in the navigation, as the header has no room on a phone. */
export function ResetDemoButton(visibility: { visibleFrom?: 'sm'; hiddenFrom?: 'sm' }) {
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => callApi(demoEndpoints, 'POST /demo/reset'),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      showToast({ message: 'Demo data restored to the seed.' });
    },
    onError: (e) => showToast({ color: 'red', title: 'Reset failed', message: describeError(e) }),
  });
  return (
    <Button
      variant="subtle"
      size="xs"
      {...visibility}
      loading={reset.isPending}
      onClick={() => {
        if (window.confirm('Reset demo data? Every change made in this demo will be lost.'))
          reset.mutate();
      }}
    >
      Reset demo data
    </Button>
  );
}
