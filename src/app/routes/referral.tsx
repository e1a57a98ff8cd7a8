import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { AnchorLink } from '../../components/anchor-link';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { referralQueries } from '../../features/waiting-list/api/referral-queries';
import { ReferralDetails } from '../../features/waiting-list/components/referral-details';

export default function ReferralRoute() {
  const { referralId } = useParams({ from: '/authed/waiting-list/$referralId' });
  const referral = useQuery(referralQueries.detail(referralId));
  return (
    <>
      <AnchorLink to="/waiting-list" size="sm">
        Back to the waiting list
      </AnchorLink>
      <QueryState query={referral} label="the referral">
        {(r) => (
          <>
            <PageHeader title={`${r.givenName} ${r.familyName}`} description="Waiting list entry" />
            <ReferralDetails referral={r} />
          </>
        )}
      </QueryState>
    </>
  );
}
