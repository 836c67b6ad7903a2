import { useTranslation } from 'react-i18next';
import { CopyableValue } from '../../shell/CopyableValue';
import { Notice } from '../../shell/Notice';
import type { CreatedInvitation } from './workspaceApi';

/** Confirms an invitation; a link invitation shows its link this once, to copy and pass on. */
export function CreatedInvitationNotice({ invitation }: { invitation: CreatedInvitation }) {
  const { t } = useTranslation();
  const role = t(`enums.workspaceRole.${invitation.role}`);
  if (invitation.email) {
    return <Notice kind="success" title={t('invitations.sent', { email: invitation.email, role })} />;
  }
  return (
    <Notice kind="success" title={t('invitations.linkCreated', { role })}>
      <p className="kern-body kern-body--bold">{t('invitations.linkOnlyOnce')}</p>
      <CopyableValue id={`invitation-link-${invitation.id}`} label={t('invitations.linkLabel')} value={invitation.link} />
    </Notice>
  );
}
