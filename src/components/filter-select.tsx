import { NativeSelect, type NativeSelectProps } from '@mantine/core';

type FilterSelectProps<V extends string> = Omit<
  NativeSelectProps,
  'data' | 'value' | 'onChange'
> & {
  data: { value: string; label: string }[];
  /** The option that means "no filter": choosing it leaves the filter out (of the URL). */
  anyValue: string;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
};

/** One filter of a list as a native select, where one option stands for "everything". */
export function FilterSelect<V extends string>({
  anyValue,
  value,
  onChange,
  ...props
}: FilterSelectProps<V>) {
  return (
    <NativeSelect
      {...props}
      value={value ?? anyValue}
      onChange={(e) => {
        const chosen = e.currentTarget.value;
        onChange(chosen === anyValue ? undefined : (chosen as V));
      }}
    />
  );
}
