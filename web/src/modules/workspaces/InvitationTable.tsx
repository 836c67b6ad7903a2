import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { SendFailedLine } from '../../shell/SendFailedLine';
import { ConfirmRowButton } from '../../shell/ConfirmRowButton';
import { RecordTable, type Column } from '../../shell/RecordTable';
import { workspaceApi, workspaceKeys, type Invitation } from './workspaceApi';

/** Open invitations (by e-mail or link) with their role and expiry; each can be withdrawn. */
export function InvitationTable({ workspaceId, invitations }: { workspaceId: string; invitations: Invitation[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: (id: string) => workspaceApi.withdrawInvitation(workspaceId, id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.invitations(workspaceId) }),
  });
  if (invitations.length === 0) return <p className="kern-body">{t('invitations.empty')}</p>;
  const whoOf = (invitation: Invitation) => invitation.email ?? t('invitations.sharedLink');
  const columns: Column<Invitation>[] = [
    { header: t('invitations.for'), cell: whoOf },
    { header: t('invitations.role'), cell: (invitation) => t(`enums.workspaceRole.${invitation.role}`) },
    { header: t('invitations.created'), cell: (invitation) => <time dateTime={invitation.createdAt}>{formatDateTime(invitation.createdAt, language)}</time> },
    { header: t('invitations.expires'), cell: (invitation) => <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt, language)}</time> },
    {
      header: t('common.actions'),
      hiddenHeader: true,
      cell: (invitation) => (
        <ConfirmRowButton texts="invitations.withdraw" naming={{ who: whoOf(invitation) }} action={withdraw} rowId={invitation.id} />
      ),
    },
  ];
  return (
    <>
      <SendFailedLine error={withdraw.error} />
      <RecordTable caption={t('invitations.caption')} columns={columns} rows={invitations} small />
    </>
  );
}
