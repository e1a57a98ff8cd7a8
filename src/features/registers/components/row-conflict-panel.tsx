import { Alert, Button, Group, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import type { AttendanceRecord, MarkAttendance } from '../../../api/schemas/attendance';
import { TONE_TEXT } from '../../../components/tones';
import { attendanceLabel } from '../../../domain/attendance-codes';
import { joinNotes, NOTE_MAX_LENGTH } from '../../../domain/note-join';
import { formatDateTime } from '../../../lib/format';
import classes from './row-conflict-panel.module.css';

export interface RowConflictPanelProps {
  name: string;
  mine: MarkAttendance;
  theirs: AttendanceRecord | null;
  staffName: (id: string | null) => string;
  /** 'mine' sends `mine` (for "Keep both", with the notes joined); 'theirs' gives it up. */
  onResolve: (choice: 'mine' | 'theirs', mine: MarkAttendance) => void;
}

type Field = 'code' | 'note' | 'catchUpSent';
const FIELD_LABEL: Record<Field, string> = {
  code: 'Mark',
  note: 'Note',
  catchUpSent: 'Catch-up material sent',
};

function inWords(field: Field, value: unknown): string {
  if (field === 'code') return value == null ? 'Not yet marked' : attendanceLabel(value as never);
  if (field === 'catchUpSent') return value ? 'Yes' : 'No';
  return (value as string).trim() || 'No note';
}

/** Both sides of a row two people changed at once: theirs as the server
 * holds it, who saved it and when, and mine as it was made, field by field, so nothing is
 * chosen blind. Two notes can also be kept together. Loaded lazily by RowProblemAlert: the
 * register's first load does not carry it. */
export default function RowConflictPanel({
  name,
  mine,
  theirs,
  staffName,
  onResolve,
}: RowConflictPanelProps) {
  const [joining, setJoining] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  // The panel goes once answered: focus goes back to the row's marks, not to the page's top.
  const resolve = (choice: 'mine' | 'theirs', change: MarkAttendance) => {
    const row = ref.current?.closest('[role="group"]');
    const radio = (selector: string) => row?.querySelector<HTMLElement>(selector);
    (radio('[role="radio"][aria-checked="true"]') ?? radio('[role="radio"]'))?.focus();
    onResolve(choice, change);
  };
  const fields = (['code', 'note', 'catchUpSent'] as const).filter((f) => mine[f] !== undefined);
  const what = fields.length === 1 ? FIELD_LABEL[fields[0]!].toLowerCase() : 'row';
  const who = staffName(theirs?.updatedBy ?? null);
  const when = theirs?.updatedAt ? formatDateTime(theirs.updatedAt) : null;
  const theirNote = theirs?.note ?? '';
  const joined = mine.note !== undefined ? joinNotes(mine.note, theirNote) : null;
  // "Keep both" only where there are two different notes to keep.
  const canJoin = joined !== null && joined !== mine.note?.trim() && joined !== theirNote.trim();
  // With a mark as well as a note, "both" is about the notes: the mark sent is mine.
  const joinLabel = fields.length > 1 ? 'Keep mine, with both notes' : 'Keep both';
  const keepBoth = () => {
    if (joined === null) return;
    if (joined.length > NOTE_MAX_LENGTH) setJoining(joined);
    else resolve('mine', { ...mine, note: joined });
  };
  const side = (title: string, value: (f: Field) => unknown) => (
    <div className={classes.side}>
      <Text fw={700} size="sm">
        {title}
      </Text>
      <dl className={classes.fields}>
        {fields.map((f) => (
          <div key={f}>
            <dt>{FIELD_LABEL[f]}</dt>
            <dd>{inWords(f, value(f))}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
  const tooLong = joining !== null ? joining.trim().length - NOTE_MAX_LENGTH : 0;

  return (
    <Alert
      ref={ref}
      color={TONE_TEXT.warning}
      mt="xs"
      mx="xs"
      title={`${name}: someone else changed this ${what}`}
      role="alert"
    >
      <Text size="sm">
        {who} saved it{when ? ` (${when})` : ''} while your change was on its way. Both are below:
        choose what to keep.
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" my="xs">
        {side(`Theirs: ${who}`, (f) => theirs?.[f] ?? (f === 'note' ? '' : null))}
        {side('Yours, not saved yet', (f) => mine[f])}
      </SimpleGrid>
      {joining !== null && (
        <>
          <Textarea
            label={`Both notes for ${name}, joined`}
            description={`A note holds at most ${NOTE_MAX_LENGTH} characters: shorten it, then save.`}
            value={joining}
            onChange={(e) => setJoining(e.currentTarget.value)}
            error={tooLong > 0 ? `${tooLong} characters too long` : undefined}
            rows={5}
            mb="xs"
          />
          <Button
            size="xs"
            mb="xs"
            disabled={tooLong > 0}
            onClick={() => resolve('mine', { ...mine, note: joining.trim() })}
          >
            Save joined note
          </Button>
        </>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          onClick={() => resolve('mine', mine)}
          aria-label={`Keep mine for ${name}`}
        >
          Keep mine
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => resolve('theirs', mine)}
          aria-label={`Keep theirs for ${name}`}
        >
          Keep theirs
        </Button>
        {canJoin && joining === null && (
          <Button
            size="xs"
            variant="default"
            onClick={keepBoth}
            aria-label={`${joinLabel} for ${name}`}
          >
            {joinLabel}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
