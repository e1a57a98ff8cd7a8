import type { Ref } from 'react';
import classes from './register.module.css';

/** The button a row's note sits behind: "Add note", or "Edit note" marked when one exists. */
export function NoteToggle({
  name,
  note,
  open,
  onToggle,
  ref,
}: {
  name: string;
  note: string;
  open: boolean;
  onToggle: () => void;
  ref: Ref<HTMLButtonElement>;
}) {
  const verb = note ? 'Edit note' : 'Add note';
  return (
    <button
      ref={ref}
      type="button"
      className={classes.noteButton}
      data-has-note={note ? true : undefined}
      aria-label={`${verb} for ${name}`}
      aria-expanded={open}
      onClick={onToggle}
    >
      {verb}
    </button>
  );
}
