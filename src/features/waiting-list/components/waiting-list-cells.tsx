import { Link } from '@tanstack/react-router';
import type { WaitingListItem } from '../../../api/schemas/referrals';
import { TONES, type Tone } from '../../../components/tones';
import { formatNhsNumber } from '../../../domain/nhs-number';
import { formatDate } from '../../../lib/format';
import { availabilityText } from './referral-badges';
import classes from './waiting-list.module.css';
import { count } from '../../../domain/plural';

// Cells render for every row scrolled into view and on every search keystroke, so they are plain
// elements: the same look and contrast as the Mantine versions at a fraction of the work.

export function NameCell({ item }: { item: WaitingListItem }) {
  return (
    <span className={classes.stack}>
      <Link
        to="/waiting-list/$referralId"
        params={{ referralId: item.id }}
        className={classes.name}
      >
        {item.givenName} {item.familyName}
      </Link>
      <span className={classes.sub}>NHS {formatNhsNumber(item.nhsNumber)}</span>
    </span>
  );
}

export function WaitCell({ days, referralDate }: { days: number; referralDate: string }) {
  const weeks = Math.max(0, Math.floor(days / 7));
  return (
    <span className={classes.stack}>
      <span>{count(weeks, 'week')}</span>
      <span className={classes.sub}>since {formatDate(referralDate)}</span>
    </span>
  );
}

export function Tag({ tone, children }: { tone: Tone; children: string }) {
  return (
    <span className={classes.tag} style={{ backgroundColor: TONES[tone] }}>
      {children}
    </span>
  );
}

const STATUS: Record<WaitingListItem['status'], { label: string; tone: Tone }> = {
  waiting: { label: 'Waiting', tone: 'info' },
  offered: { label: 'Offered a place', tone: 'warning' },
  enrolled: { label: 'Enrolled', tone: 'success' },
  closed: { label: 'Closed', tone: 'neutral' },
};

export function StatusCell({ status }: { status: WaitingListItem['status'] }) {
  return <Tag tone={STATUS[status].tone}>{STATUS[status].label}</Tag>;
}

export function AvailabilityCell({ value }: { value: WaitingListItem['availability'] }) {
  const text = availabilityText(value);
  return (
    <span className={classes.stack} title={text}>
      <span>{text}</span>
    </span>
  );
}
