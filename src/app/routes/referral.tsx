import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { AnchorLink } from '../../components/anchor-link';
import { HistoryLink } from '../../components/history-link';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { can } from '../../domain/policy';
import { useSignedInUser } from '../../features/auth/auth-store';
import { referralQueries } from '../../features/waiting-list/api/referral-queries';

const ReferralSections = lazy(() => import('./referral-sections'));

export default function ReferralRoute() {
  const { referralId } = useParams({ from: '/authed/waiting-list/$referralId' });
  const user = useSignedInUser();
  const referral = useQuery(referralQueries.detail(referralId));
  return (
    <>
      <AnchorLink to="/waiting-list" size="sm">
        Back to the waiting list
      </AnchorLink>
      <QueryState query={referral} label="the referral">
        {(r) => (
          <>
            <PageHeader
              title={`${r.givenName} ${r.familyName}`}
              description="Waiting list entry"
              actions={
                can(user.role, 'audit.read') && (
                  <>
                    <HistoryLink entity="referral" id={r.id} label="History of this entry" />
                    {/* The access log: everyone shown this person's records, and how. */}
                    <AnchorLink
                      size="sm"
                      to="/audit"
                      search={{ person: r.participantId, entity: 'referral', record: r.id }}
                    >
                      Who has seen this record
                    </AnchorLink>
                  </>
                )
              }
            />
            <Suspense fallback={null}>
              <ReferralSections referral={r} manages={can(user.role, 'referral.manage')} />
            </Suspense>
          </>
        )}
      </QueryState>
    </>
  );
}
