import { TextInput } from '@mantine/core';
import { useRef, useState, type Ref } from 'react';
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

/** A row's note, saved when the field loses focus and only if it changed. Enter saves and
 * closes it, Escape closes it without saving. */
export function NoteField({
  id,
  name,
  initial,
  onSave,
  onDone,
  inputRef,
}: {
  inputRef: Ref<HTMLInputElement>;
  id: string;
  name: string;
  initial: string;
  onSave: (note: string) => void;
  onDone: () => void;
}) {
  const [value, setValue] = useState(initial);
  const cancelled = useRef(false);
  return (
    <TextInput
      id={id}
      size="xs"
      w={480}
      maw="100%"
      px={4}
      pb={4}
      label={`Note for ${name}`}
      value={value}
      maxLength={500}
      ref={inputRef}
      onChange={(e) => setValue(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== 'Escape') return;
        e.preventDefault();
        cancelled.current = e.key === 'Escape';
        onDone();
      }}
      onBlur={() => {
        if (!cancelled.current && value.trim() !== initial) onSave(value.trim());
      }}
    />
  );
}
