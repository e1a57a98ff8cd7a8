import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { recordMeasuresSchema } from '../../../api/schemas/measures';
import type { RowMeasures } from '../../../api/schemas/row-measures';
import { CrisisHelp } from '../../../components/crisis-help';
import { FormErrorAlert } from '../../../components/form-error-alert';
import { INSTRUMENT_KEYS, PAIN_MAX } from '../../../domain/measures';
import { staleMeasures, useRecordMeasures } from '../api/use-record-measures';
import { MeasuresFieldset } from './measures-fieldset';
import { bodyOf, formOf, type MeasuresForm } from './measures-form';
import classes from './measures.module.css';

interface MeasuresPanelProps {
  sessionId: string;
  enrolmentId: string;
  name: string;
  measures: RowMeasures;
  onDone: () => void;
}

const PAIN = [
  ['intensity', 'How bad has the pain been this week? (0 none to 10 the worst)'],
  ['interference', 'How much has pain got in the way this week? (0 not at all to 10 completely)'],
] as const;

/** A present person's questionnaires at this session, entered by a facilitator. Loaded
 * lazily by RegisterRow, so the register's own code stays small. */
export default function MeasuresPanel(props: MeasuresPanelProps) {
  const save = useRecordMeasures(props.sessionId);
  // The version saved answers were made against: after a 412 it moves to the colleague's, so
  // what this person typed is kept and a second save knowingly replaces theirs.
  const [version, setVersion] = useState(props.measures.version);
  const [stale, setStale] = useState(false);
  const form = useForm<MeasuresForm>({
    defaultValues: formOf(props.measures),
    // An instrument answered in part is refused here, as the server refuses it.
    resolver: (values) => {
      const { partial } = bodyOf(values);
      const errors = Object.fromEntries(
        Object.entries(partial).map(([field, message]) => [field, { type: 'partial', message }]),
      );
      return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
    },
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;

  const submit = form.handleSubmit((values) => {
    const { body } = bodyOf(values);
    // The shared schema is the last word on ranges, as on the server.
    if (!recordMeasuresSchema.safeParse(body).success) return;
    save.mutate(
      { enrolmentId: props.enrolmentId, version, body },
      {
        onSuccess: (saved) => {
          setStale(false);
          setVersion(saved.version);
          props.onDone();
        },
        onError: (error) => {
          const theirs = staleMeasures(error);
          if (theirs) {
            setStale(true);
            setVersion(theirs.current?.version ?? version);
          }
        },
      },
    );
  });

  return (
    <form
      className={classes.panel}
      noValidate
      onSubmit={submit}
      aria-label={`Measures for ${props.name}`}
    >
      <CrisisHelp />
      {INSTRUMENT_KEYS.map((instrument) => (
        <MeasuresFieldset
          key={instrument}
          instrument={instrument}
          name={props.name}
          register={form.register}
          error={errors[instrument]?.message}
        />
      ))}
      <fieldset className={classes.fieldset}>
        <legend>Pain (first and last session)</legend>
        <div className={classes.items}>
          {PAIN.map(([field, label]) => (
            <label key={field} className={classes.item}>
              <span>{label}</span>
              <select {...form.register(`pain.${field}`)}>
                <option value="">Not asked</option>
                {Array.from({ length: PAIN_MAX + 1 }, (_, v) => (
                  <option key={v} value={String(v)}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        {errors.pain?.message && (
          <p className={classes.error} role="alert">
            {errors.pain.message}
          </p>
        )}
      </fieldset>
      {stale && (
        <Text size="sm" role="alert">
          A colleague saved measures for {props.name} since you opened them. Your answers are still
          here: save again to replace theirs, or cancel to see what they saved.
        </Text>
      )}
      {save.isError && !stale && (
        <FormErrorAlert title={`Measures for ${props.name} not saved`} error={save.error} />
      )}
      <div className={classes.actions}>
        <Button type="submit" size="xs" loading={save.isPending}>
          Save measures
        </Button>
        <Button type="button" size="xs" variant="default" onClick={props.onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
