import { useNavigate } from '@tanstack/react-router';
import type { ReferralInput } from '../../api/schemas/referrals';
import { PageHeader } from '../../components/page-header';
import { todayIso } from '../../domain/dates';
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
  return (
    <>
      <PageHeader
        title="Add referral"
        description="The course is for people registered with a GP in Islington."
      />
      <ReferralForm
        defaultValues={empty()}
        error={create.error}
        busy={create.isPending}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (r) =>
              void navigate({ to: '/waiting-list/$referralId', params: { referralId: r.id } }),
          })
        }
      />
    </>
  );
}
