import {
  useId,
  useState,
  type ComponentPropsWithRef,
  type CSSProperties,
  type ReactNode,
} from 'react';
import classes from './sign-in.module.css';

// The sign-in page's pieces on native elements (the first page must be light: Mantine's
// provider, styles engine and inputs were 27 of its 160 KB of script). Each keeps what the Mantine
// piece it replaced gave a user: a label tied to its input, an error the input is described
// by and marked invalid with, a button that says it is busy, an alert with its title.

type InputProps = Omit<ComponentPropsWithRef<'input'>, 'className'> & {
  label: string;
  error?: string;
};

/** A labelled input with its error below, like Mantine's TextInput. */
export function Field({ label, error, ...input }: InputProps) {
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      input={<Input id={id} error={error} {...input} />}
    />
  );
}

/** A password input with a show/hide toggle, like Mantine's PasswordInput: the toggle is
 * reached by pointer (not a tab stop) and says whether the password shows. */
export function PasswordField({ label, error, ...input }: Omit<InputProps, 'type'>) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      input={
        <div className={classes.control}>
          <Input
            id={id}
            error={error}
            type={visible ? 'text' : 'password'}
            extraClass={classes.password}
            {...input}
          />
          <button
            type="button"
            className={classes.toggle}
            aria-label="Toggle password visibility"
            aria-pressed={visible}
            tabIndex={-1}
            // Before the input loses focus, as Mantine's does: the caret stays where it was.
            onMouseDown={(event) => {
              event.preventDefault();
              setVisible((v) => !v);
            }}
            onKeyDown={(event) => {
              if (event.key === ' ' || event.key === 'Enter') {
                event.preventDefault();
                setVisible((v) => !v);
              }
            }}
          >
            <EyeIcon crossed={visible} />
          </button>
        </div>
      }
    />
  );
}

function FieldFrame({
  id,
  label,
  error,
  input,
}: {
  id: string;
  label: string;
  error?: string;
  input: ReactNode;
}) {
  return (
    <div>
      <label className={classes.label} htmlFor={id}>
        {label}
      </label>
      {input}
      {error && (
        <p className={classes.error} id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function Input({
  id,
  error,
  extraClass,
  ...input
}: Omit<InputProps, 'label'> & { id: string; extraClass?: string }) {
  return (
    <input
      id={id}
      className={extraClass ? `${classes.input} ${extraClass}` : classes.input}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      {...input}
    />
  );
}

function EyeIcon({ crossed }: { crossed: boolean }) {
  const stroke = {
    fill: 'none',
    stroke: 'currentColor',
    strokeLinecap: 'round',
    strokeLinejoin: 'round',
    strokeWidth: 16,
  } as const;
  return (
    <svg viewBox="0 0 256 256" aria-hidden="true">
      <path {...stroke} d="M128 56C48 56 16 128 16 128s32 72 112 72 112-72 112-72-32-72-112-72z" />
      <circle {...stroke} cx="128" cy="128" r="40" />
      {crossed && <path {...stroke} d="M48 40l160 176" />}
    </svg>
  );
}

/** A button; `busy` shows a spinner in place of the words and blocks a second press. */
export function Button({
  busy,
  variant = 'filled',
  ...button
}: Omit<ComponentPropsWithRef<'button'>, 'className'> & {
  busy?: boolean;
  variant?: 'filled' | 'plain';
}) {
  return (
    <button
      type="button"
      {...button}
      className={variant === 'plain' ? classes.plain : classes.button}
      disabled={busy || button.disabled}
      data-loading={busy || undefined}
    />
  );
}

/** A notice with a title, in a tone (danger or info), like Mantine's light Alert. */
export function Notice({
  tone,
  title,
  role,
  children,
}: {
  tone: 'danger' | 'info';
  title?: string;
  role: 'alert' | 'status';
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div
      role={role}
      aria-labelledby={title ? `${id}-title` : undefined}
      className={classes.alert}
      style={{ '--tone': `var(--tone-${tone})` } as CSSProperties}
    >
      {title && (
        <p className={classes.alertTitle} id={`${id}-title`}>
          {title}
        </p>
      )}
      <div>{children}</div>
    </div>
  );
}

/** A line across the card with words in its middle. */
export function Divider({ label }: { label: string }) {
  return (
    <div className={classes.divider} role="separator" aria-label={label}>
      {label}
    </div>
  );
}

/** A grey box holding the place of what is loading. */
export function Skeleton({ label }: { label: string }) {
  return <div className={classes.skeleton} role="status" aria-label={label} />;
}
