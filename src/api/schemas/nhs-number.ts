import { z } from 'zod/mini';
import { text } from './common';
import { isValidNhsNumber, normaliseNhsNumber } from '../../domain/nhs-number';

/** docs/domain.md "NHS number": typed with spaces or dashes, stored as ten digits, checked. */
export const nhsNumberSchema = z
  .pipe(text({ error: 'Enter an NHS number' }), z.transform(normaliseNhsNumber))
  .check(
    z.refine(isValidNhsNumber, { error: 'Enter a valid 10-digit NHS number, like 943 476 5919' }),
  );
