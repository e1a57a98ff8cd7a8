import type { Ref } from 'react';
import type { RowMeasures } from '../../../api/schemas/row-measures';
import classes from './register.module.css';

/** The button the measures panel sits behind, with the totals so far: "PHQ-9 12 · GAD-7 8". */
export function MeasuresToggle({
  name,
  measures,
  open,
  onToggle,
  ref,
}: {
  name: string;
  measures: RowMeasures;
  open: boolean;
  onToggle: () => void;
  ref: Ref<HTMLButtonElement>;
}) {
  const { totals } = measures;
  const given = [
    totals.phq9 !== null && `PHQ-9 ${totals.phq9}`,
    totals.gad7 !== null && `GAD-7 ${totals.gad7}`,
    totals.wsas !== null && `WSAS ${totals.wsas}`,
  ].filter(Boolean);
  const label = given.length ? `Measures: ${given.join(' · ')}` : 'Add measures';
  return (
    <button
      ref={ref}
      type="button"
      className={classes.noteButton}
      data-has-note={given.length ? true : undefined}
      aria-label={`${label} for ${name}`}
      aria-expanded={open}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
