import { Radio, Stack } from '@mantine/core';
import { Controller, type Control } from 'react-hook-form';
import type { FlagView } from '../../../api/schemas/flags';
import type { Role } from '../../../api/schemas/staff';
import { can, FLAG_DECISION_ACTION } from '../../../domain/policy';
import type { FlagFormInput, FlagFormOutput } from '../flag-form';

/** Decisions on a breach are offered to the roles the policy table gives them to (admins). */
export function mayDecide(flag: FlagView, role: Role, choice: keyof typeof FLAG_DECISION_ACTION) {
  return flag.status === 'breached' && can(role, FLAG_DECISION_ACTION[choice]);
}

interface FlagActionChoiceProps {
  control: Control<FlagFormInput, unknown, FlagFormOutput>;
  flag: FlagView;
  role: Role;
}

/** docs/domain.md: at risk, contact the person; breached, transfer, keep with a reason, or withdraw. */
export function FlagActionChoice({ control, flag, role }: FlagActionChoiceProps) {
  return (
    <Controller
      control={control}
      name="action"
      render={({ field }) => (
        <Radio.Group label="What happens now" {...field}>
          <Stack gap={6} mt={6}>
            <Radio value="contact" label="Record that we contacted them before the next session" />
            {mayDecide(flag, role, 'transfer') && (
              <Radio value="transfer" label="Transfer to a later cohort" />
            )}
            {mayDecide(flag, role, 'keep') && (
              <Radio value="keep" label="Keep in this cohort, with a documented reason" />
            )}
            {mayDecide(flag, role, 'withdraw') && (
              <Radio value="withdraw" label="Withdraw (remove after absences)" />
            )}
          </Stack>
        </Radio.Group>
      )}
    />
  );
}
