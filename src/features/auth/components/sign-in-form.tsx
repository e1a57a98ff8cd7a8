import { TONE_TEXT } from '../../../components/tones';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { describeError } from '../../../api/api-error';
import { loginRequestSchema, type LoginRequest, type StaffUser } from '../../../api/schemas/staff';
import { signIn } from '../api/session';

export function SignInForm({ onSignedIn }: { onSignedIn: (user: StaffUser) => void }) {
  const form = useForm<LoginRequest>({
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { email: '', password: '' },
  });
  const mutation = useMutation({ mutationFn: signIn, onSuccess: onSignedIn });
  const { errors } = form.formState;

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(values))}>
      <Stack gap="sm">
        {mutation.isError && (
          <Alert color={TONE_TEXT.danger} title="Could not sign in" role="alert">
            {describeError(mutation.error)}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          error={errors.email?.message}
          {...form.register('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" loading={mutation.isPending}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
