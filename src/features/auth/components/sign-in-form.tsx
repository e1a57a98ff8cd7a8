import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { describeError } from '../../../api/api-error';
import { loginRequestSchema, type LoginRequest } from '../../../api/schemas/sign-in';
import type { StaffUser } from '../../../api/schemas/staff';
import { signIn } from '../api/sign-in';
import { ChoosePasswordForm } from './choose-password-form';
import { Button, Field, Notice, PasswordField } from './sign-in-parts';
import classes from './sign-in.module.css';

type FieldErrors = Partial<Record<keyof LoginRequest, string>>;

/** The first message for each field, from the server's own schema. */
function validate(values: LoginRequest): { data?: LoginRequest; errors: FieldErrors } {
  const result = loginRequestSchema.safeParse(values);
  if (result.success) return { data: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof LoginRequest;
    errors[field] ??= issue.message;
  }
  return { errors };
}

// The first page a user sees, so it is a plain form validated with the shared zod schema
// rather than react-hook-form (15 KB gzip the sign-in page does not need), on native elements
// rather than Mantine's (./sign-in-parts.tsx). Like the other forms: errors appear on submit,
// then follow each change; the first wrong field takes focus.
export function SignInForm({ onSignedIn }: { onSignedIn: (user: StaffUser) => void }) {
  const [values, setValues] = useState<LoginRequest>({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  // The right temporary password: the same credentials then prove who chooses a new one.
  const [mustChoose, setMustChoose] = useState<LoginRequest | null>(null);
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: (outcome, input) =>
      'user' in outcome ? onSignedIn(outcome.user) : setMustChoose(input),
  });

  const change = (field: keyof LoginRequest) => (event: FormEvent<HTMLInputElement>) => {
    const next = { ...values, [field]: event.currentTarget.value };
    setValues(next);
    if (submitted) setErrors(validate(next).errors);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const { data, errors: found } = validate(values);
    setErrors(found);
    if (data) mutation.mutate(data);
    else (found.email ? emailRef : passwordRef).current?.focus();
  };

  if (mustChoose) {
    return (
      <ChoosePasswordForm
        email={mustChoose.email}
        password={mustChoose.password}
        onSignedIn={onSignedIn}
      />
    );
  }

  return (
    <form noValidate onSubmit={submit}>
      <div className={classes.fields}>
        {mutation.isError && (
          <Notice tone="danger" title="Could not sign in" role="alert">
            {describeError(mutation.error)}
          </Notice>
        )}
        <Field
          ref={emailRef}
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          value={values.email}
          onChange={change('email')}
          error={errors.email}
        />
        <PasswordField
          ref={passwordRef}
          label="Password"
          name="password"
          autoComplete="current-password"
          value={values.password}
          onChange={change('password')}
          error={errors.password}
        />
        <Button type="submit" busy={mutation.isPending}>
          Sign in
        </Button>
      </div>
    </form>
  );
}
