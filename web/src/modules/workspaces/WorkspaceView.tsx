import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { FactList } from '../../shell/FactList';
import { FirstSteps } from './FirstSteps';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { InvitationsSection } from './InvitationsSection';
import { LeaveWorkspace } from './LeaveWorkspace';
import { MemberTable } from './MemberTable';
import { useCurrentWorkspace } from './useCurrentWorkspace';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';
import type { WorkspaceDetail } from './workspaceApi';

export function WorkspaceView({ workspace, userId }: { workspace: WorkspaceDetail; userId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { current, choose } = useCurrentWorkspace();
  const owner = workspace.role === 'owner';
  const reviewer = owner || workspace.role === 'coordinator';
  return (
    <>
      <PageHeading title={workspace.name}>{workspace.name}</PageHeading>
      <p className="badge-row">
        <Badge>{t('workspaces.yourRoleIs', { role: t(`enums.workspaceRole.${workspace.role}`) })}</Badge>
        {current?.id === workspace.id && <Badge>{t('workspaces.current')}</Badge>}
      </p>
      {workspace.description && <p className="kern-body kern-body--large page-intro preserve-lines">{workspace.description}</p>}
      <div className="button-row">
        {current?.id !== workspace.id && (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => choose(workspace.id)}>
            <span className="kern-label">{t('workspaces.makeCurrent')}</span>
          </button>
        )}
        {reviewer && (
          <Link className="kern-btn kern-btn--secondary" to={`/workspaces/${workspace.id}/audit`}>
            <span className="kern-label">{t('workspaces.auditLink')}</span>
          </Link>
        )}
      </div>
      <Section title={t('workspaces.facts')}>
        <FactList
          facts={[
            { label: t('workspaces.slug'), value: <code>{workspace.slug}</code> },
            {
              label: t('workspaces.createdAt'),
              value: <time dateTime={workspace.createdAt}>{formatDate(workspace.createdAt.slice(0, 10), language)}</time>,
            },
            { label: t('workspaces.memberCountLabel'), value: t('workspaces.memberCount', { count: workspace.members.length }) },
          ]}
        />
      </Section>
      {current?.id === workspace.id && workspace.role !== 'guest' && <FirstSteps />}
      <Section title={t('members.title')}>
        <MemberTable workspace={workspace} userId={userId} />
      </Section>
      {owner && (
        <Section title={t('invitations.title')}>
          <InvitationsSection workspaceId={workspace.id} />
        </Section>
      )}
      {owner && (
        <Section title={t('workspaces.settingsTitle')}>
          <WorkspaceSettingsForm key={`${workspace.name}\n${workspace.description}`} workspace={workspace} />
        </Section>
      )}
      <Section title={t('workspaces.leaveTitle')}>
        <LeaveWorkspace workspace={workspace} userId={userId} />
      </Section>
    </>
  );
}
