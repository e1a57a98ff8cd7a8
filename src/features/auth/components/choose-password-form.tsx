import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { describeError, isApiError } from '../../../api/api-error';
import { newPasswordSchema } from '../../../api/schemas/sign-in';
import type { StaffUser } from '../../../api/schemas/staff';
import { choosePassword } from '../api/sign-in';
import { Button, Notice, PasswordField } from './sign-in-parts';
import classes from './sign-in.module.css';

interface Values {
  newPassword: string;
  confirm: string;
}
type FieldErrors = Partial<Record<keyof Values, string>>;

function validate({ newPassword, confirm }: Values): FieldErrors {
  const result = newPasswordSchema.safeParse(newPassword);
  const errors: FieldErrors = {};
  if (!result.success) errors.newPassword = result.error.issues[0]?.message;
  if (confirm !== newPassword) errors.confirm = 'The two passwords do not match';
  return errors;
}

/** The first sign-in with a temporary password: the person chooses their own before the
 * session starts. A plain form like the sign-in form (the page's size matters); the server
 * also refuses the commonest passwords, and says so next to the field. */
export function ChoosePasswordForm({
  email,
  password,
  onSignedIn,
}: {
  email: string;
  /** The temporary password just given, proving who is choosing. */
  password: string;
  onSignedIn: (user: StaffUser) => void;
}) {
  const [values, setValues] = useState<Values>({ newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const newRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const mutation = useMutation({
    mutationFn: choosePassword,
    onSuccess: onSignedIn,
    onError: (e) => {
      const message = isApiError(e) ? e.fieldErrors.newPassword?.[0] : undefined;
      if (message) {
        setErrors({ newPassword: message });
        newRef.current?.focus();
      }
    },
  });
  const serverFieldError = isApiError(mutation.error) && !!mutation.error.fieldErrors.newPassword;

  const change = (field: keyof Values) => (event: FormEvent<HTMLInputElement>) => {
    const next = { ...values, [field]: event.currentTarget.value };
    setValues(next);
    if (submitted) setErrors(validate(next));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const found = validate(values);
    setErrors(found);
    if (found.newPassword) newRef.current?.focus();
    else if (found.confirm) confirmRef.current?.focus();
    else mutation.mutate({ email, password, newPassword: values.newPassword });
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby="choose-password-title">
      <div className={classes.fields}>
        <h2 className={classes.formTitle} id="choose-password-title">
          Choose a new password
        </h2>
        <p className={classes.small}>
          You signed in with a temporary password. Choose your own to continue: at least 12
          characters, not a common password, not built on your name or email.
        </p>
        {mutation.isError && !serverFieldError && (
          <Notice tone="danger" title="Password not changed" role="alert">
            {describeError(mutation.error)}
          </Notice>
        )}
        <PasswordField
          ref={newRef}
          label="New password"
          name="new-password"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={change('newPassword')}
          error={errors.newPassword}
        />
        <PasswordField
          ref={confirmRef}
          label="New password again"
          name="confirm-password"
          autoComplete="new-password"
          value={values.confirm}
          onChange={change('confirm')}
          error={errors.confirm}
        />
        <Button type="submit" busy={mutation.isPending}>
          Save password and sign in
        </Button>
      </div>
    </form>
  );
}
