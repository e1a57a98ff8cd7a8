import { TextInput } from '@mantine/core';
import { useState } from 'react';

/** A row's note, saved when the field loses focus and only if it changed. */
export function NoteField({
  name,
  initial,
  onSave,
}: {
  name: string;
  initial: string;
  onSave: (note: string) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <TextInput
      size="xs"
      w={320}
      maw="100%"
      label={`Note for ${name}`}
      value={value}
      maxLength={500}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => {
        if (value.trim() !== initial) onSave(value.trim());
      }}
    />
  );
}
