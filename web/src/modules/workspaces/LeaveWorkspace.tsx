import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiSend } from '../../lib/api/apiSend';
import { describeSendError } from '../../lib/forms/describeSendError';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { useSessionChanged } from '../accounts/useSessionChanged';
import type { WorkspaceDetail } from './workspaceTypes';

/** Anyone may leave a workspace, except its last owner. */
export function LeaveWorkspace({ workspace, userId }: { workspace: WorkspaceDetail; userId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const leave = useMutation({
    mutationFn: () => apiSend('DELETE', `/workspaces/${encodeURIComponent(workspace.id)}/members/${encodeURIComponent(userId)}`),
    onSuccess: async () => {
      await sessionChanged();
      await navigate('/workspaces', { replace: true });
    },
  });
  const lastOwner = workspace.role === 'owner' && workspace.members.filter((member) => member.role === 'owner').length <= 1;
  return (
    <>
      <p className="kern-body">{lastOwner ? t('workspaces.leaveLastOwner') : t('workspaces.leaveIntro')}</p>
      {!lastOwner && (
        <ConfirmButton
          label={t('workspaces.leave')}
          question={t('workspaces.leaveQuestion', { workspace: workspace.name })}
          confirmLabel={t('workspaces.leaveConfirm')}
          pending={leave.isPending}
          onConfirm={() => leave.mutate()}
        />
      )}
      {leave.isError && (
        <p className="kern-body" role="alert">
          {describeSendError(leave.error, t)}
        </p>
      )}
    </>
  );
}
