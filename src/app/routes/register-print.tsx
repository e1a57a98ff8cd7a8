import { Box, Button, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { AnchorLink } from '../../components/anchor-link';
import { QueryState } from '../../components/query-state';
import { registerQueries } from '../../features/registers/api/register-queries';
import { PrintRegister } from '../../features/registers/components/print-register';

export default function RegisterPrintRoute() {
  const { sessionId } = useParams({ from: '/registers/$sessionId/print' });
  const register = useQuery(registerQueries.detail(sessionId));
  return (
    <Box component="main" p="md" maw={900}>
      <Group className="no-print" mb="md">
        <AnchorLink to="/registers/$sessionId" params={{ sessionId }}>
          ← Back to the register
        </AnchorLink>
        <Button onClick={() => window.print()}>Print</Button>
      </Group>
      <QueryState query={register} label="the register">
        {(r) => <PrintRegister register={r} />}
      </QueryState>
    </Box>
  );
}
