import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { vacancyQueries } from '../../features/vacancies/api/vacancy-queries';
import { VacanciesTable } from '../../features/vacancies/components/vacancies-table';

export default function VacanciesRoute() {
  const vacancies = useQuery(vacancyQueries.list());
  return (
    <>
      <PageHeader
        title="Vacancies"
        description="Places freed by a withdrawal or transfer that can still be filled from the waiting list"
      />
      <QueryState query={vacancies} label="vacancies">
        {(data) => <VacanciesTable vacancies={data.items} />}
      </QueryState>
    </>
  );
}
