import { NumberInput, type NumberInputProps } from '@mantine/core';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

type NumberFieldProps<T extends FieldValues, TOut> = Omit<
  NumberInputProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'error'
> & {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
};

/** Why a number is outside the field's bounds, or null. */
function outOfRange(value: unknown, min?: number, max?: number): string | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return null;
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return null;
  if (min !== undefined && max !== undefined) return `Enter a number from ${min} to ${max}`;
  return min !== undefined ? `Enter ${min} or more` : `Enter ${max} or less`;
}

/** A whole number in a react-hook-form form: the input may hand over text while it is typed,
 * the form always holds a number, and the field shows its own validation message. A number
 * out of bounds is never changed behind the person's back (Mantine clamps on blur by
 * default): what they typed stays, and the message says so as soon as they leave the field. */
export function NumberField<T extends FieldValues, TOut>({
  control,
  name,
  clampBehavior = 'none',
  ...props
}: NumberFieldProps<T, TOut>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          {...props}
          clampBehavior={clampBehavior}
          value={field.value}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
          onBlur={field.onBlur}
          error={
            fieldState.error?.message ??
            (fieldState.isTouched ? outOfRange(field.value, props.min, props.max) : null)
          }
        />
      )}
    />
  );
}
