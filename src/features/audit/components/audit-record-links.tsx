import { List, Text } from '@mantine/core';
import type { AuditRecord } from '../../../api/schemas/audit-view';
import { AnchorLink } from '../../../components/anchor-link';

/** The records an entry is about, by name: each links to its own page by id (never by name),
 * or reads as plain words when it has no page (a person with no waiting-list entry). */
export function AuditRecordLinks({ records }: { records: AuditRecord[] }) {
  if (records.length === 0) return <Text size="sm">—</Text>;
  // 8 px between the lines: each link's target is 24 px apart from the next (WCAG 2.5.8).
  return (
    <List listStyleType="none" size="sm" spacing={8}>
      {records.map((r) => (
        <List.Item key={`${r.kind}:${r.id}`}>
          <RecordLink record={r} />
        </List.Item>
      ))}
    </List>
  );
}

function RecordLink({ record: r }: { record: AuditRecord }) {
  switch (r.kind) {
    case 'cohort':
      return (
        <AnchorLink size="sm" to="/cohorts/$cohortId" params={{ cohortId: r.id }}>
          {r.name}
        </AnchorLink>
      );
    case 'referral':
      return (
        <AnchorLink size="sm" to="/waiting-list/$referralId" params={{ referralId: r.id }}>
          {r.name}
        </AnchorLink>
      );
    case 'session':
      return (
        <AnchorLink size="sm" to="/registers/$sessionId" params={{ sessionId: r.id }}>
          {r.name}
        </AnchorLink>
      );
    case 'vacancy':
      return (
        <AnchorLink size="sm" to="/vacancies/$vacancyId" params={{ vacancyId: r.id }}>
          {r.name}
        </AnchorLink>
      );
    case 'staff':
      // The staff page lists everyone; it has no page per person (and no name goes in a URL).
      return (
        <AnchorLink size="sm" to="/staff">
          {r.name}
        </AnchorLink>
      );
    default:
      return <Text size="sm">{r.name}</Text>;
  }
}
