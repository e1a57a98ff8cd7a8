import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { ReferralInput } from '../../api/schemas/referrals';
import { PageHeader } from '../../components/page-header';
import { todayIso } from '../../domain/dates';
import { DEFAULT_SIGNPOSTING } from '../../domain/eligibility';
import { settingsQueries } from '../../features/settings/api/settings-queries';
import { useCreateReferral } from '../../features/waiting-list/api/use-create-referral';
import { ReferralForm } from '../../features/waiting-list/components/referral-form';

const empty = (): ReferralInput => ({
  givenName: '',
  familyName: '',
  nhsNumber: '',
  dateOfBirth: '',
  borough: '',
  gpPractice: '',
  phone: '',
  email: '',
  referralDate: todayIso(),
  availability: [],
  accessNeeds: '',
  urgent: false,
  notes: '',
});

export default function ReferralNewRoute() {
  const create = useCreateReferral();
  const navigate = useNavigate();
  // The signposting words are the service's (Settings); the server says the same on a 422.
  const settings = useQuery(settingsQueries.current());
  return (
    <>
      <PageHeader
        title="Add referral"
        description="The course is for people registered with a GP in Islington."
      />
      <ReferralForm
        defaultValues={empty()}
        signposting={settings.data ?? DEFAULT_SIGNPOSTING}
        error={create.error}
        busy={create.isPending}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (r) =>
              void navigate({
                to: '/waiting-list/$referralId',
                params: { referralId: r.id },
                ignoreBlocker: true,
              }),
          })
        }
      />
    </>
  );
}
