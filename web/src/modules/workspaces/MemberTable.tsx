import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeSendError } from '../../lib/forms/describeSendError';
import { formatDate } from '../../lib/formatDate';
import { sortByName } from '../../lib/sortByName';
import { useLanguage } from '../../lib/useLanguage';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { MemberRoleControl } from './MemberRoleControl';
import { useWorkspaceChanged } from './useWorkspaceChanged';
import { workspaceApi, type WorkspaceDetail } from './workspaceApi';
import { TableScroll } from '../../shell/TableScroll';

interface Props {
  workspace: WorkspaceDetail;
  userId: string;
}

/** The members with their roles; owners change roles and remove members (leaving is for oneself, below). */
export function MemberTable({ workspace, userId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const workspaceChanged = useWorkspaceChanged();
  const owner = workspace.role === 'owner';
  const remove = useMutation({
    mutationFn: (memberId: string) =>
      workspaceApi.removeMember(workspace.id, memberId),
    onSuccess: workspaceChanged,
  });
  const members = sortByName(workspace.members, (member) => member.displayName, language);
  return (
    <>
      {remove.isError && (
        <p className="kern-body" role="alert">
          {describeSendError(remove.error, t)}
        </p>
      )}
      <TableScroll>
        <table className="kern-table kern-table--small">
          <caption className="kern-sr-only">{t('members.caption', { workspace: workspace.name })}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('members.name')}</th>
              <th scope="col" className="kern-table__header">{t('members.email')}</th>
              <th scope="col" className="kern-table__header">{t('members.role')}</th>
              <th scope="col" className="kern-table__header">{t('members.since')}</th>
              {owner && (
                <th scope="col" className="kern-table__header">
                  <span className="kern-sr-only">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {members.map((member) => {
              const self = member.userId === userId;
              return (
                <tr key={member.userId} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    {member.displayName}
                    {self && <span className="kern-body kern-body--small"> ({t('members.you')})</span>}
                  </th>
                  <td className="kern-table__cell">{member.email}</td>
                  <td className="kern-table__cell">
                    {owner ? <MemberRoleControl workspaceId={workspace.id} member={member} /> : t(`enums.workspaceRole.${member.role}`)}
                  </td>
                  <td className="kern-table__cell">
                    <time dateTime={member.since}>{formatDate(member.since.slice(0, 10), language, 'medium')}</time>
                  </td>
                  {owner && (
                    <td className="kern-table__cell">
                      {!self && (
                        <ConfirmButton
                        small
                          label={t('members.remove')}
                          accessibleLabel={t('members.removeNamed', { name: member.displayName })}
                          question={t('members.removeQuestion', { name: member.displayName })}
                          confirmLabel={t('members.removeConfirm')}
                          pending={remove.isPending && remove.variables === member.userId}
                          onConfirm={() => remove.mutate(member.userId)}
                        />
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
