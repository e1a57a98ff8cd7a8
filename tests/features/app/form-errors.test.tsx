import { zodResolver } from '@hookform/resolvers/zod';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { ApiError } from '../../../src/api/api-error';
import { applyServerErrors, formLevelMessages } from '../../../src/lib/form-errors';

const refused = (fieldErrors: Record<string, string[]>) =>
  new ApiError(400, 'validation_failed', 'Some details need correcting.', fieldErrors);

describe('applyServerErrors', () => {
  it('puts the first message for each dotted path on that field and focuses the first', () => {
    const setError = vi.fn();
    const mapped = applyServerErrors(
      refused({ reason: ['Too short', 'Also vague'], 'availability.days': ['Choose a day'] }),
      setError,
    );
    expect(mapped).toBe(true);
    expect(setError.mock.calls).toEqual([
      ['reason', { type: 'server', message: 'Too short' }, { shouldFocus: true }],
      ['availability.days', { type: 'server', message: 'Choose a day' }, { shouldFocus: false }],
    ]);
  });

  it('leaves form-level messages, and paths outside the given fields, off the fields', () => {
    const setError = vi.fn();
    const error = refused({ _form: ['Nothing to change'], version: ['Stale'], date: ['Too late'] });
    expect(applyServerErrors(error, setError, ['date'])).toBe(true);
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith(
      'date',
      { type: 'server', message: 'Too late' },
      { shouldFocus: true },
    );
    expect(applyServerErrors(refused({ _form: ['Nothing to change'] }), vi.fn())).toBe(false);
    expect(formLevelMessages(error)).toEqual(['Nothing to change']);
  });

  it('maps nothing from a refusal without field errors, or an error that is not the API’s', () => {
    const setError = vi.fn();
    expect(applyServerErrors(new ApiError(409, 'cohort_full', 'Full.'), setError)).toBe(false);
    expect(applyServerErrors(new Error('network'), setError)).toBe(false);
    expect(applyServerErrors(undefined, setError)).toBe(false);
    expect(setError).not.toHaveBeenCalled();
    expect(formLevelMessages(new Error('network'))).toEqual([]);
  });
});

const reasonSchema = z.object({ reason: z.string().check(z.minLength(3)) });

/** A form the way the app builds one: the shared schema, and the server's refusal as a prop. */
function ReasonForm({ refusal }: { refusal?: unknown }) {
  const form = useForm<z.input<typeof reasonSchema>, unknown, z.output<typeof reasonSchema>>({
    resolver: zodResolver(reasonSchema),
    defaultValues: { reason: '' },
  });
  useEffect(() => {
    applyServerErrors(refusal, form.setError);
  }, [refusal, form.setError]);
  const message = form.formState.errors.reason?.message;
  return (
    <form noValidate onSubmit={form.handleSubmit(() => undefined)}>
      <label htmlFor="reason">Reason</label>
      <input id="reason" aria-describedby="reason-error" {...form.register('reason')} />
      <p id="reason-error">{message}</p>
      <button type="submit">Save</button>
    </form>
  );
}

describe('a server field error on a react-hook-form field', () => {
  it('shows on the field, keeps the typed value, and goes when the field is edited', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ReasonForm />);
    const reason = screen.getByRole('textbox', { name: 'Reason' });
    await user.type(reason, 'Moved away');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    rerender(<ReasonForm refusal={refused({ reason: ['Say where they moved to'] })} />);
    await waitFor(() => expect(reason).toHaveAccessibleDescription('Say where they moved to'));
    expect(reason).toHaveValue('Moved away');
    expect(reason).toHaveFocus();
    await user.type(reason, ' to Leeds');
    await waitFor(() => expect(reason).toHaveAccessibleDescription(''));
    expect(reason).toHaveValue('Moved away to Leeds');
  });
});
