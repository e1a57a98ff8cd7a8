import { useRef, useState, type Ref } from 'react';
import classes from './register.module.css';

// A native field: Mantine's TextInput costs the register's first load ~4 KB gzip.
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
    <label className={classes.noteField}>
      Note for {name}
      <input
        id={id}
        ref={inputRef}
        value={value}
        maxLength={500}
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
    </label>
  );
}
