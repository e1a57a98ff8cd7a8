import { Button } from '@mantine/core';
import { showToast } from '../../../lib/toast';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../../../api/api-error';
import { exportQueries } from '../api/export-queries';
import { toAttendanceCsv } from '../attendance-csv';

/** CSV per cohort for NHS Talking Therapies reporting; the file is made in the browser. */
export function ExportAttendanceButton({ cohortId }: { cohortId: string }) {
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const data = await qc.fetchQuery(exportQueries.attendance(cohortId));
          const blob = new Blob([toAttendanceCsv(data.rows)], { type: 'text/csv;charset=utf-8' });
          const url = URL.createObjectURL(blob);
          const a = document.createElement('a');
          a.href = url;
          a.download = `attendance-${data.cohortName.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.csv`;
          a.click();
          URL.revokeObjectURL(url);
        } catch (e) {
          showToast({ color: 'red', title: 'Export failed', message: describeError(e) });
        } finally {
          setBusy(false);
        }
      }}
    >
      Export attendance (CSV)
    </Button>
  );
}
