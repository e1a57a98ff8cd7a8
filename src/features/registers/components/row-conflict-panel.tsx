import { Box, Button, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import type { AttendanceRecord, MarkAttendance } from '../../../api/schemas/attendance';
import { ConflictNotice, type Difference } from '../../../components/conflict-notice';
import { attendanceLabel } from '../../../domain/attendance-codes';
import { joinNotes, NOTE_MAX_LENGTH } from '../../../domain/note-join';

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

/** A row two people changed at once, on the notice every form uses: who saved theirs and when,
 * the fields that differ in words, "Load their version" (give mine up) or "Save mine over
 * theirs". Two different notes can also be kept together. Loaded lazily by RowProblemAlert:
 * the register's first load does not carry it. */
export default function RowConflictPanel({
  name,
  mine,
  theirs,
  staffName,
  onResolve,
}: RowConflictPanelProps) {
  const [joining, setJoining] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  // The notice goes once answered: focus goes back to the row's marks, not to the page's top.
  const resolve = (choice: 'mine' | 'theirs', change: MarkAttendance) => {
    const row = ref.current?.closest('[role="group"]');
    const radio = (selector: string) => row?.querySelector<HTMLElement>(selector);
    (radio('[role="radio"][aria-checked="true"]') ?? radio('[role="radio"]'))?.focus();
    onResolve(choice, change);
  };
  const fields = (['code', 'note', 'catchUpSent'] as const).filter((f) => mine[f] !== undefined);
  const what = fields.length === 1 ? FIELD_LABEL[fields[0]!].toLowerCase() : 'row';
  const differences: Difference[] = fields.map((f) => ({
    label: FIELD_LABEL[f],
    theirs: inWords(f, theirs?.[f] ?? (f === 'note' ? '' : null)),
    mine: inWords(f, mine[f]),
  }));
  const lastSave = theirs?.updatedAt
    ? { name: staffName(theirs.updatedBy), at: theirs.updatedAt }
    : null;
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
  const tooLong = joining !== null ? joining.trim().length - NOTE_MAX_LENGTH : 0;

  return (
    <Box ref={ref} mt="xs" mx="xs">
      <ConflictNotice
        what={`${name}'s ${what}`}
        lastSave={lastSave}
        fields={differences}
        subject={name}
        kept="on this row"
        takeFocus={false}
        onLoadTheirs={() => resolve('theirs', mine)}
        onSaveMine={() => resolve('mine', mine)}
        actions={
          canJoin &&
          joining === null && (
            <Button
              size="xs"
              variant="default"
              onClick={keepBoth}
              aria-label={`${joinLabel} for ${name}`}
            >
              {joinLabel}
            </Button>
          )
        }
      >
        {joining !== null && (
          <>
            <Textarea
              label={`Both notes for ${name}, joined`}
              description={`A note holds at most ${NOTE_MAX_LENGTH} characters: shorten it, then save.`}
              value={joining}
              onChange={(e) => setJoining(e.currentTarget.value)}
              error={tooLong > 0 ? `${tooLong} characters too long` : undefined}
              rows={5}
              my="xs"
            />
            <Button
              size="xs"
              disabled={tooLong > 0}
              onClick={() => resolve('mine', { ...mine, note: joining.trim() })}
            >
              Save joined note
            </Button>
          </>
        )}
      </ConflictNotice>
    </Box>
  );
}
