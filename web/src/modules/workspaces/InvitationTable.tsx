import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeSendError } from '../../lib/forms/describeSendError';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { workspaceApi, workspaceKeys, type Invitation } from './workspaceApi';
import { TableScroll } from '../../shell/TableScroll';

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
  return (
    <>
      {withdraw.isError && (
        <p className="kern-body" role="alert">
          {describeSendError(withdraw.error, t)}
        </p>
      )}
      <TableScroll>
        <table className="kern-table kern-table--small">
          <caption className="kern-sr-only">{t('invitations.caption')}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('invitations.for')}</th>
              <th scope="col" className="kern-table__header">{t('invitations.role')}</th>
              <th scope="col" className="kern-table__header">{t('invitations.created')}</th>
              <th scope="col" className="kern-table__header">{t('invitations.expires')}</th>
              <th scope="col" className="kern-table__header">
                <span className="kern-sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {invitations.map((invitation) => {
              const who = invitation.email ?? t('invitations.sharedLink');
              return (
                <tr key={invitation.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{who}</th>
                  <td className="kern-table__cell">{t(`enums.workspaceRole.${invitation.role}`)}</td>
                  <td className="kern-table__cell">
                    <time dateTime={invitation.createdAt}>{formatDateTime(invitation.createdAt, language)}</time>
                  </td>
                  <td className="kern-table__cell">
                    <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt, language)}</time>
                  </td>
                  <td className="kern-table__cell">
                    <ConfirmButton
                        small
                      label={t('invitations.withdraw')}
                      accessibleLabel={t('invitations.withdrawNamed', { who })}
                      question={t('invitations.withdrawQuestion', { who })}
                      confirmLabel={t('invitations.withdrawConfirm')}
                      pending={withdraw.isPending && withdraw.variables === invitation.id}
                      onConfirm={() => withdraw.mutate(invitation.id)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
