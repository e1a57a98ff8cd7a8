import type { UseFormRegister } from 'react-hook-form';
import { INSTRUMENTS, type Instrument } from '../../../domain/measures';
import { FREQUENCY_OPTIONS, INSTRUMENT_TITLES, ITEM_LABELS } from '../../../domain/measure-items';
import type { MeasuresForm } from './measures-form';
import classes from './measures.module.css';

/** One instrument's answers as native selects: Tab moves between them, a digit picks the
 * answer, and nothing needs a pointer. Left blank, the instrument is not given. */
export function MeasuresFieldset(props: {
  instrument: Instrument;
  name: string;
  register: UseFormRegister<MeasuresForm>;
  error: string | undefined;
}) {
  const { instrument, register } = props;
  const { items, itemMax } = INSTRUMENTS[instrument];
  const errorId = `${instrument}-error-${props.name.replace(/\W+/g, '-')}`;
  const options = Array.from({ length: itemMax + 1 }, (_, v) =>
    instrument === 'wsas' ? String(v) : `${v} ${FREQUENCY_OPTIONS[v]}`,
  );
  return (
    <fieldset className={classes.fieldset} aria-describedby={props.error ? errorId : undefined}>
      <legend>{INSTRUMENT_TITLES[instrument]}</legend>
      <div className={classes.items}>
        {Array.from({ length: items }, (_, i) => (
          <label key={i} className={classes.item}>
            <span>
              {i + 1}. {ITEM_LABELS[instrument][i]}
            </span>
            <select {...register(`${instrument}.${i}`)}>
              <option value="">Not asked</option>
              {options.map((label, v) => (
                <option key={v} value={String(v)}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {props.error && (
        <p id={errorId} className={classes.error} role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
