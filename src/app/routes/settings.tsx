import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useSignedInUser } from '../../features/auth/auth-store';
import { settingsQueries } from '../../features/settings/api/settings-queries';
import { SettingsForm } from '../../features/settings/components/settings-form';
import { can } from '../../domain/policy';

export default function SettingsRoute() {
  const user = useSignedInUser();
  const settings = useQuery(settingsQueries.current());
  return (
    <>
      <PageHeader
        title="Service settings"
        description="Rules every cohort follows. Changes are audited."
      />
      <QueryState query={settings} label="settings">
        {(s) => <SettingsForm settings={s} canEdit={can(user.role, 'settings.manage')} />}
      </QueryState>
    </>
  );
}
