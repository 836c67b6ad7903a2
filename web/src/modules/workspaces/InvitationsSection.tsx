import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { CreatedInvitationNotice } from './CreatedInvitationNotice';
import { InvitationTable } from './InvitationTable';
import { InviteForm } from './InviteForm';
import { useInvitations } from './useInvitations';
import type { CreatedInvitation } from './workspaceApi';

/** For owners: invite by e-mail or create a link, and the open invitations. */
export function InvitationsSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const invitations = useInvitations(workspaceId, true);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  return (
    <>
      {created && <CreatedInvitationNotice invitation={created} />}
      <div className="invite-forms">
        <div>
          <h3 className="kern-heading-small">{t('invitations.byEmailTitle')}</h3>
          <p className="kern-body">{t('invitations.byEmailIntro')}</p>
          <InviteForm workspaceId={workspaceId} mode="email" onCreated={setCreated} />
        </div>
        <div>
          <h3 className="kern-heading-small">{t('invitations.byLinkTitle')}</h3>
          <p className="kern-body">{t('invitations.byLinkIntro')}</p>
          <InviteForm workspaceId={workspaceId} mode="link" onCreated={setCreated} />
        </div>
      </div>
      <h3 className="kern-heading-small">{t('invitations.openTitle')}</h3>
      {invitations.isPending && <LoadingState />}
      {invitations.isError && <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {invitations.data && <InvitationTable workspaceId={workspaceId} invitations={invitations.data.items} />}
    </>
  );
}
