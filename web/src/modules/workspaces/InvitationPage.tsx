import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../lib/api/ApiError';
import { describeSendError } from '../../lib/forms/describeSendError';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { FactList } from '../../shell/FactList';
import { LoadingState } from '../../shell/LoadingState';
import { Notice } from '../../shell/Notice';
import { NarrowPage } from '../../shell/NarrowPage';
import { useSession } from '../accounts/useSession';
import { useSessionChanged } from '../accounts/useSessionChanged';
import { currentWorkspaceStore } from './currentWorkspaceStore';
import { useInvitationPreview } from './useInvitationPreview';
import { workspaceApi } from './workspaceApi';
import { RequestButton } from '../../shell/RequestButton';

/**
 * Where an invitation link leads: what it offers, then accepting it (signed in) or signing in
 * or up first (signing up through the invitation accepts it at once).
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const { user, workspaces } = useSession();
  const sessionChanged = useSessionChanged();
  const preview = useInvitationPreview(token);
  const accept = useMutation({
    mutationFn: () => workspaceApi.acceptInvitation(token),
    onSuccess: async ({ workspaceId }) => {
      currentWorkspaceStore.set(workspaceId);
      await sessionChanged();
      await navigate(`/workspaces/${workspaceId}`, { replace: true });
    },
  });
  const here = `/invitations/${encodeURIComponent(token)}`;

  if (preview.isPending) return <LoadingState />;
  if (preview.isError) {
    return (
      <NarrowPage title={t('invitation.title')}>
        {preview.error instanceof ApiError && preview.error.status === 404 ? (
          <Notice kind="warning" title={t('invitation.notFound')}>
            <p className="kern-body">{t('invitation.unusableHint')}</p>
          </Notice>
        ) : (
          <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
        )}
      </NarrowPage>
    );
  }
  const invitation = preview.data;
  const role = t(`enums.workspaceRole.${invitation.role}`);
  const member = workspaces.some((workspace) => workspace.id === invitation.workspace.id);
  const otherAddress = user && invitation.email && invitation.email.toLowerCase() !== user.email.toLowerCase();

  return (
    <NarrowPage title={t('invitation.title')} heading={t('invitation.heading', { workspace: invitation.workspace.name })}>
      <p className="kern-body kern-body--large">
        {invitation.invitedBy ? t('invitation.introBy', { name: invitation.invitedBy, role }) : t('invitation.intro', { role })}
      </p>
      <FactList
        facts={[
          { label: t('invitation.workspace'), value: invitation.workspace.name },
          { label: t('invitation.role'), value: role },
          { label: t('invitation.invitedBy'), value: invitation.invitedBy },
          { label: t('invitation.forAddress'), value: invitation.email },
          {
            label: t('invitation.validUntil'),
            value: <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt, language)}</time>,
          },
        ]}
      />
      {user && member && (
        <p className="kern-body">
          {t('invitation.alreadyMember')}{' '}
          <Link className="kern-link" to={`/workspaces/${invitation.workspace.id}`}>
            {t('invitation.openWorkspace')}
          </Link>
        </p>
      )}
      {user && !member && otherAddress && (
        <Notice kind="warning" title={t('invitation.otherAddress', { email: invitation.email, current: user.email })}>
          <p className="kern-body">{t('invitation.otherAddressHint')}</p>
        </Notice>
      )}
      {user && !member && !otherAddress && (
        <>
          <div className="button-row">
            <RequestButton label={t('invitation.accept')} pendingLabel={t('invitation.accepting')} request={accept} />
          </div>
          {accept.isError && (
            <div className="kern-alert kern-alert--danger" role="alert">
              <div className="kern-alert__body">
                <p className="kern-body">{describeSendError(accept.error, t)}</p>
              </div>
            </div>
          )}
        </>
      )}
      {!user && (
        <>
          <p className="kern-body">{t('invitation.signInOrUp')}</p>
          <div className="button-row">
            <Link className="kern-btn kern-btn--primary" to={`/sign-up?invitation=${encodeURIComponent(token)}`}>
              <span className="kern-label">{t('invitation.signUp')}</span>
            </Link>
            <Link className="kern-btn kern-btn--secondary" to={`/sign-in?next=${encodeURIComponent(here)}`}>
              <span className="kern-label">{t('invitation.signIn')}</span>
            </Link>
          </div>
        </>
      )}
    </NarrowPage>
  );
}
