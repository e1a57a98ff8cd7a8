import { maskNhsNumber } from './nhs-number';

// An NHS number typed into free text (a note, a reason, an audit snapshot) is masked wherever
// it appears, written any of the ways people write it: `943 476 5919`, `943-476-5919` or
// `9434765919`. Any ten digits in that shape count, valid check digit or not: a mistyped
// number still identifies someone. Digits that run on (a longer number) are left alone.
const NHS_NUMBER_IN_TEXT = /(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)/g;

export function maskNhsNumbersInText(text: string): string {
  return text.replace(NHS_NUMBER_IN_TEXT, (found) => maskNhsNumber(found));
}

/** Every string inside a JSON-like value (keys are field names and are kept). */
export function maskNhsNumbersDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskNhsNumbersInText(value);
  if (Array.isArray(value)) return value.map(maskNhsNumbersDeep);
  if (value !== null && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, maskNhsNumbersDeep(inner)]),
    );
  return value;
}
