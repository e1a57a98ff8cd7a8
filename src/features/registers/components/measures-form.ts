import type { RecordMeasures } from '../../../api/schemas/measures';
import type { RowMeasures } from '../../../api/schemas/row-measures';
import { INSTRUMENTS, INSTRUMENT_KEYS, type Instrument } from '../../../domain/measures';

// The measures panel's form: every answer a select's string ('' for not asked), turned into the
// request body the shared schema checks. An instrument left wholly blank is not sent (the one
// stored stays); one answered in part is refused here as the server would refuse it.

export type MeasuresForm = Record<Instrument, string[]> & {
  pain: { intensity: string; interference: string };
};

const text = (v: number | undefined | null) => (v == null ? '' : String(v));

export function formOf(m: RowMeasures): MeasuresForm {
  const answers = (i: Instrument) =>
    Array.from({ length: INSTRUMENTS[i].items }, (_, n) => text(m[i]?.[n]));
  return {
    phq9: answers('phq9'),
    gad7: answers('gad7'),
    wsas: answers('wsas'),
    pain: { intensity: text(m.pain?.intensity), interference: text(m.pain?.interference) },
  };
}

/** The body to send, or the instruments answered in part (a message for each). */
export function bodyOf(form: MeasuresForm): {
  body: RecordMeasures;
  partial: Partial<Record<Instrument | 'pain', string>>;
} {
  const body: RecordMeasures = {};
  const partial: Partial<Record<Instrument | 'pain', string>> = {};
  for (const i of INSTRUMENT_KEYS) {
    const given = form[i].filter((v) => v !== '');
    if (given.length === form[i].length) body[i] = form[i].map(Number);
    else if (given.length > 0)
      partial[i] = `${INSTRUMENTS[i].name} needs all ${INSTRUMENTS[i].items} answers, or none`;
  }
  const { intensity, interference } = form.pain;
  if (intensity !== '' && interference !== '')
    body.pain = { intensity: Number(intensity), interference: Number(interference) };
  else if (intensity !== '' || interference !== '')
    partial.pain = 'Give both pain ratings, or neither';
  return { body, partial };
}
