import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { formatDateTime } from '../lib/format';
import classes from './conflict-notice.module.css';
import { TONE_TEXT } from './tones';

/** One field as the colleague saved it and as this user typed it, in words. */
export interface Difference {
  label: string;
  theirs: string;
  mine: string;
}

interface ConflictNoticeProps {
  /** What was edited, as a person says it: "this entry", "these settings". */
  what: string;
  /** Who saved theirs and when, if known. */
  lastSave: { name: string; at: string } | null;
  /** Every field the form edits; only those that differ are listed. */
  fields: Difference[];
  /** What the table of differences is (a cohort's lists only the fields both changed). */
  caption?: string;
  busy?: boolean;
  onLoadTheirs: () => void;
  /** Absent where theirs rules mine out (an offer answered, a place offered to someone else):
   * the notice then says why instead (`children`). */
  onSaveMine?: () => void;
  /** More to say (a cohort's three-way merge: their changes already in the form). */
  children?: ReactNode;
  /** More ways on, after the two every form has. */
  actions?: ReactNode;
  /** Whose record, when a page lists several (a register's rows): said in each button's
   * accessible name, after its words ("Load their version for Ada Ash"). */
  subject?: string;
  /** Where what was typed waits; "in the form" unless said. */
  kept?: string;
  /** A form's notice takes the focus: it answers the Save just pressed. A row's does not, as
   * its answer can come while the person marks another row (role="alert" still tells). */
  takeFocus?: boolean;
}

/** The one notice for a save refused because someone else saved first (412): who and when,
 * what differs between theirs and mine, and the two ways on. What was typed stays in the form
 * until the user chooses. It takes the focus, so a keyboard or screen-reader user is told. */
export function ConflictNotice(props: ConflictNoticeProps) {
  const { what, lastSave, fields, caption, busy, onLoadTheirs, onSaveMine, children } = props;
  const { subject, kept = 'in the form', takeFocus = true } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  const forSubject = (label: string) => (subject ? `${label} for ${subject}` : undefined);
  const who = lastSave?.name ?? 'A colleague';
  const differ = fields.filter((f) => f.theirs !== f.mine);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color={TONE_TEXT.warning}
      role="alert"
      title={`${who} saved ${what} while you were editing`}
    >
      <Text size="sm">
        {lastSave ? `Saved ${formatDateTime(lastSave.at)}. ` : ''}Your changes are still {kept}:
        nothing is saved until you choose.
      </Text>
      {children}
      {differ.length > 0 ? (
        <Table mt="xs" withTableBorder fz="sm" captionSide="top" bg="var(--mantine-color-body)">
          <Table.Caption>{caption ?? 'Where theirs and yours differ'}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Field</Table.Th>
              <Table.Th scope="col">{who}</Table.Th>
              <Table.Th scope="col">You</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {differ.map((f) => (
              <Table.Tr key={f.label}>
                <Table.Th scope="row">{f.label}</Table.Th>
                <Table.Td className={classes.value}>{f.theirs}</Table.Td>
                <Table.Td className={classes.value}>{f.mine}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" mt="xs">
          Nothing you changed was changed by them too. Check the form, then save.
        </Text>
      )}
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          variant="default"
          onClick={onLoadTheirs}
          disabled={busy}
          aria-label={forSubject('Load their version')}
        >
          Load their version
        </Button>
        {onSaveMine && (
          <Button
            size="xs"
            onClick={onSaveMine}
            loading={busy}
            aria-label={forSubject('Save mine over theirs')}
          >
            Save mine over theirs
          </Button>
        )}
        {props.actions}
      </Group>
    </Alert>
  );
}
