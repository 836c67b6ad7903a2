import { useTranslation } from 'react-i18next';
import type { InvitationPreview } from '../workspaces/workspaceApi';
import { Notice } from '../../shell/Notice';

/** "You are invited to workspace X as coordinator by Y", above the sign-up form. */
export function InvitationSummary({ invitation }: { invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const role = t(`enums.workspaceRole.${invitation.role}`);
  return (
    <Notice kind="info" title={t('signUp.invitedTitle', { workspace: invitation.workspace.name })}>
      <p className="kern-body">
        {invitation.invitedBy
          ? t('signUp.invitedBy', { name: invitation.invitedBy, role })
          : t('signUp.invitedAs', { role })}
      </p>
    </Notice>
  );
}
