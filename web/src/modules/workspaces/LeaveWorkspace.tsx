import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SendFailedLine } from '../../shell/SendFailedLine';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { useSessionChanged } from '../accounts/useSessionChanged';
import { workspaceApi, type WorkspaceDetail } from './workspaceApi';

/** Anyone may leave a workspace, except its last owner. */
export function LeaveWorkspace({ workspace, userId }: { workspace: WorkspaceDetail; userId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const leave = useMutation({
    mutationFn: () => workspaceApi.removeMember(workspace.id, userId),
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
      <SendFailedLine error={leave.error} />
    </>
  );
}
