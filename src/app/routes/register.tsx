import { Group, Stack, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { AnchorLink } from '../../components/anchor-link';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useSignedInUser } from '../../features/auth/auth-store';
import { staffQueries } from '../../features/cohorts/api/staff-queries';
import { registerQueries } from '../../features/registers/api/register-queries';
import { RegisterAccessNotice } from '../../features/registers/components/register-access-notice';
import { RegisterSheet } from '../../features/registers/components/register-sheet';
import { QuestionnaireRowSpace } from '../../features/registers/components/questionnaire-row';
import { OpenAlerts } from '../../features/alerts/components/open-alerts';
import { registerAccess } from '../../domain/register-state';
import { todayIso } from '../../domain/dates';
import { formatDate } from '../../lib/format';
import { can } from '../../domain/policy';
import {
  deliver,
  discard,
  replayOutbox,
  undelivered,
} from '../../features/registers/outbox/replay';
import { lockOutbox } from '../../features/registers/outbox/outbox-store';
import { lazyComponent } from '../../lib/lazy-component';

// Lazy: only those who send a session's questionnaire need it, and the register's first load
// has no bytes to spare (.ci/bundle-budget.mjs).
const SendQuestionnaire = lazyComponent(
  () => import('../../features/registers/components/send-questionnaire'),
  'SendQuestionnaire',
);

/** The outbox's code travels in this page's chunk, which everyone who marks loads anyway
 * (src/app/register-outbox.ts): a chunk of its own shared with the page cost more. */
export const outbox = { replayOutbox, undelivered, deliver, discard, lock: lockOutbox };

export default function RegisterRoute() {
  const { sessionId } = useParams({ from: '/authed/registers/$sessionId' });
  const user = useSignedInUser();
  const register = useQuery(registerQueries.detail(sessionId));
  const staff = useQuery(staffQueries.list());
  // Managers read registers; facilitators (their cohorts) and admins mark them.
  const mayMark = can(user.role, 'register.mark');

  return (
    <Stack gap="sm">
      <Group gap="md" className="no-print">
        <AnchorLink to="/registers" size="sm">
          ← All registers
        </AnchorLink>
        <AnchorLink to="/registers/$sessionId/print" params={{ sessionId }} size="sm">
          Print view
        </AnchorLink>
      </Group>
      <QueryState query={register} label="the register">
        {(r) => {
          const access = registerAccess({
            mayMark,
            date: r.session.date,
            cancelledByProvider: r.session.status === 'cancelled_by_provider',
            today: todayIso(),
          });
          return (
            <>
              <PageHeader
                title={`${r.cohort.name}: session ${r.session.number}`}
                description={
                  <Text component="span">
                    {formatDate(r.session.date)} at {r.session.startTime} · {r.session.topic}
                  </Text>
                }
              />
              <RegisterAccessNotice access={access} startTime={r.session.startTime} />
              {can(user.role, 'alert.read') && <OpenAlerts cohortId={r.cohort.id} />}
              <RegisterSheet
                register={r}
                userId={user.id}
                staff={staff.data?.items ?? []}
                canEdit={access.mode === 'mark'}
              />
              {/* Below the sheet: the first screen is the register itself (14 rows at 1366x768). */}
              {can(user.role, 'questionnaire.send') &&
                r.session.status === 'scheduled' &&
                r.session.date >= todayIso() && (
                  <Suspense fallback={<QuestionnaireRowSpace />}>
                    <SendQuestionnaire sessionId={r.session.id} />
                  </Suspense>
                )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
