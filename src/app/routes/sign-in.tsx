import { Alert, Card, Center, Divider, Stack, Text, Title } from '@mantine/core';
import { TONE_TEXT } from '../../components/tones';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { IS_MOCK_MODE } from '../../features/auth/api/demo-accounts';
import { DemoAccounts } from '../../features/auth/components/demo-accounts';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { SIGN_IN_REASONS, SingleSignOn } from '../../features/auth/components/single-sign-on';
import { SIGN_OUT_NOTICES, type SignOutReason } from '../../features/auth/session-end';

export default function SignInRoute() {
  const { redirect, reason, minutes } = useSearch({ from: '/sign-in' });
  const navigate = useNavigate();
  const why = !reason
    ? undefined
    : reason in SIGN_OUT_NOTICES
      ? SIGN_OUT_NOTICES[reason as SignOutReason](minutes)
      : SIGN_IN_REASONS[reason];
  const onSignedIn = () => {
    // Already a page of this app, never this one (routes-root.ts); '/' sends each role to its
    // start page.
    void navigate({ to: redirect ?? '/', replace: true });
  };

  return (
    // Top-aligned, not centred: the demo accounts arrive after the first paint, and growing
    // downwards moves nothing already on screen (no layout shift).
    <Center p="md" pt="8vh" component="main" style={{ alignItems: 'flex-start' }}>
      <Card withBorder shadow="sm" w={440} maw="100%" padding="lg">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              Pain course register
            </Title>
            <Text c="dimmed" size="sm">
              Persistent pain self-management course · staff sign-in
            </Text>
          </div>
          {why && (
            <Alert
              color={why.refused ? TONE_TEXT.danger : TONE_TEXT.info}
              role={why.refused ? 'alert' : 'status'}
              title={why.title}
            >
              {why.text}
            </Alert>
          )}
          <SignInForm onSignedIn={onSignedIn} />
          <SingleSignOn returnTo={redirect} />
          {IS_MOCK_MODE && (
            <>
              <Divider label="or use a demo account" labelPosition="center" />
              <DemoAccounts onSignedIn={onSignedIn} />
            </>
          )}
        </Stack>
      </Card>
    </Center>
  );
}
