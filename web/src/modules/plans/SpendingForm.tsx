import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../lib/fieldError';
import { InlineForm } from '../../shell/InlineForm';
import { InputField } from '../../shell/InputField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { projectKeys } from '../projects/projectApi';
import { planApi, planKeys } from './planApi';

/** Records money spent on a project or on a measure of a plan. */
export function SpendingForm({ target, onRecorded }: { target: { projectId: string } | { measureId: string }; onRecorded?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [workspaceId, setWorkspaceId] = useState('');
  const [spentOn, setSpentOn] = useState('');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const record = useMutation({
    mutationFn: () => planApi.recordSpending({ workspaceId, ...target, spentOn: spentOn || undefined, amount: amount === '' ? undefined : Number(amount.replace(',', '.')), description }),
    onSuccess: async () => {
      setAmount('');
      setDescription('');
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      onRecorded?.();
    },
  });
  return (
    <InlineForm
      heading={t('projects.recordSpending')}
      onSubmit={() => record.mutate()}
      pending={record.isPending}
      incomplete={!workspaceId}
      error={record.error}
      submitLabel={t('projects.recordSpending')}
      quiet
    >
      <WorkspaceField value={workspaceId} onChange={setWorkspaceId} />
      <div className="form-row">
        <InputField label={t('projects.spentOn')} type="date" value={spentOn} onChange={setSpentOn} error={fieldError(record.error, 'body.spentOn')} required />
        <InputField label={t('projects.amount')} type="number" value={amount} onChange={setAmount} error={fieldError(record.error, 'body.amount')} required />
      </div>
      <InputField label={t('projects.spendingDescription')} value={description} onChange={setDescription} />
    </InlineForm>
  );
}
