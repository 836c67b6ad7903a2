import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';
import { CreatedInvitationNotice } from '../workspaces/CreatedInvitationNotice';
import { InviteForm } from '../workspaces/InviteForm';
import type { CreatedInvitation } from '../workspaces/workspaceApi';
import type { Side } from './planApi';
import { sideName } from './sideName';

/** Invites someone of a side into the workspace that agrees for it, as a coordinator, so that they can agree. */
export function SideInvitation({ side }: { side: Side }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const name = sideName(side, language);
  return (
    <details className="side-invitation">
      <summary className="kern-body kern-body--bold">{t('plans.inviteForSide', { side: name })}</summary>
      <p className="kern-body">{t('plans.inviteForSideIntro', { side: name, workspace: side.workspace.name })}</p>
      {created && <CreatedInvitationNotice invitation={created} />}
      <InviteForm workspaceId={side.workspace.id} mode="email" fixedRole="coordinator" idPrefix={`side-invite-${side.id}`} onCreated={setCreated} />
    </details>
  );
}
