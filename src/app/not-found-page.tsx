import { Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../components/anchor-link';

export function NotFoundPage() {
  return (
    <Stack p="xl" maw={560}>
      <Title order={1}>Page not found</Title>
      <Text>
        There is no page at this address. It may have moved, or the link may be incomplete.
      </Text>
      <AnchorLink to="/cohorts">Go to cohorts</AnchorLink>
    </Stack>
  );
}
