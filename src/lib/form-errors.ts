import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../api/api-error';

/** The key of `fieldErrors` for what is wrong with the form as a whole, not one field. */
export const FORM_LEVEL = '_form';

/**
 * Puts the server's `fieldErrors` (keyed by dotted path, the form's own field names since both
 * sides validate with the same schema) onto the form's fields with `setError`, and moves focus to
 * the first. React-hook-form re-validates a field when it changes after a submit, so each message
 * goes as soon as the user edits its field. `fields`, when given, limits which paths are mapped;
 * `_form` never is (the dialog's alert shows it, see `formLevelMessages`).
 * Returns whether any message landed on a field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields?: readonly Path<T>[],
): boolean {
  if (!isApiError(error)) return false;
  let mapped = false;
  for (const [key, messages] of Object.entries(error.fieldErrors)) {
    const message = messages[0];
    if (!message || key === FORM_LEVEL) continue;
    // Without a list, a server path is taken to be one of the form's own (same schema).
    const field = fields ? fields.find((f) => f === key) : (key as Path<T>);
    if (field === undefined) continue;
    setError(field, { type: 'server', message }, { shouldFocus: !mapped });
    mapped = true;
  }
  return mapped;
}

/** Messages about the whole form (`_form`): shown with the general error, never on a field. */
export function formLevelMessages(error: unknown): string[] {
  return isApiError(error) ? (error.fieldErrors[FORM_LEVEL] ?? []) : [];
}
