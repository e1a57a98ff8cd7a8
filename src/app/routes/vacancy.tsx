import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { AnchorLink } from '../../components/anchor-link';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useSignedInUser } from '../../features/auth/auth-store';
import { settingsQueries } from '../../features/settings/api/settings-queries';
import { vacancyQueries } from '../../features/vacancies/api/vacancy-queries';
import { VacancyPanel } from '../../features/vacancies/components/vacancy-panel';
import { can } from '../../domain/policy';

export default function VacancyRoute() {
  const user = useSignedInUser();
  const { vacancyId } = useParams({ from: '/authed/vacancies/$vacancyId' });
  const detail = useQuery(vacancyQueries.detail(vacancyId));
  // Whether offers go by GOV.UK Notify; without the settings, the page says to contact by hand.
  const settings = useQuery({
    ...settingsQueries.current(),
    enabled: can(user.role, 'settings.read'),
  });
  return (
    <>
      <AnchorLink to="/vacancies" size="sm">
        Back to vacancies
      </AnchorLink>
      <QueryState query={detail} label="the vacancy">
        {(data) => (
          <>
            <PageHeader
              title={`Place in ${data.vacancy.cohort.name}`}
              description="Offer it to one person at a time"
            />
            <VacancyPanel
              key={data.vacancy.id}
              detail={data}
              canAct={can(user.role, 'offer.manage')}
              notifyConfigured={settings.data?.notifyConfigured ?? false}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
