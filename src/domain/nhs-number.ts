// NHS number rules from docs/domain.md ("NHS number"): ten digits, modulus 11 check digit.
const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

// Returns null when the check digit would be 10: no valid NHS number has that prefix.
export function nhsCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    sum += Number(first9[i]) * (WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

export function isValidNhsNumber(input: string): boolean {
  const n = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(n)) return false;
  // docs/domain.md: "Also refuse ten identical digits" (e.g. 0000000000 passes modulus 11).
  if (/^(\d)\1{9}$/.test(n)) return false;
  const check = nhsCheckDigit(n.slice(0, 9));
  return check !== null && check === Number(n[9]);
}

// Displayed as '943 476 5919', stored as '9434765919' (docs/domain.md).
export function formatNhsNumber(n: string): string {
  const d = normaliseNhsNumber(n);
  if (d.length !== 10) return d;
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

export function maskNhsNumber(n: string): string {
  const d = normaliseNhsNumber(n);
  return `*** *** ${d.slice(-4)}`;
}
