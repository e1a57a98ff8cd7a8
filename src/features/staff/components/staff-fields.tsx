import { NativeSelect, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { roleSchema, type Discipline, type Role } from '../../../api/schemas/staff';
import { DISCIPLINE_NAMES, ROLE_NAMES } from '../../../api/schemas/staff-accounts';
import { needsDiscipline } from '../../../domain/staff';

interface DetailValues extends FieldValues {
  name: string;
  role: Role;
  discipline: Discipline | null;
}

const ROLE_OPTIONS = roleSchema.options.map((role) => ({ value: role, label: ROLE_NAMES[role] }));
const DISCIPLINE_OPTIONS = [
  { value: '', label: 'Choose…' },
  ...Object.entries(DISCIPLINE_NAMES).map(([value, label]) => ({ value, label })),
];

/** Name, role, and for a facilitator the discipline: the add and edit forms share them. */
export function StaffDetailFields<T extends DetailValues>({
  control,
  afterName,
}: {
  control: Control<T>;
  /** Fields between the name and the role (the add form's email). */
  afterName?: ReactNode;
}) {
  const role = useWatch({ control, name: 'role' as Path<T> }) as Role;
  return (
    <>
      <Controller
        control={control}
        name={'name' as Path<T>}
        render={({ field, fieldState }) => (
          <TextInput
            label="Name"
            autoComplete="off"
            maxLength={120}
            {...field}
            error={fieldState.error?.message}
          />
        )}
      />
      {afterName}
      <Controller
        control={control}
        name={'role' as Path<T>}
        render={({ field, fieldState }) => (
          <NativeSelect
            label="Role"
            data={ROLE_OPTIONS}
            {...field}
            error={fieldState.error?.message}
          />
        )}
      />
      {needsDiscipline(role) && (
        <Controller
          control={control}
          name={'discipline' as Path<T>}
          render={({ field, fieldState }) => (
            <NativeSelect
              label="Discipline"
              description="A cohort needs one psychology and one physiotherapy facilitator"
              data={DISCIPLINE_OPTIONS}
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              value={(field.value as string | null) ?? ''}
              onChange={(e) => field.onChange(e.currentTarget.value || null)}
              error={fieldState.error?.message}
            />
          )}
        />
      )}
    </>
  );
}
