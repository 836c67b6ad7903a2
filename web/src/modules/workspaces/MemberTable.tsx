import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/formatDate';
import { sortByName } from '../../lib/sortByName';
import { useLanguage } from '../../lib/useLanguage';
import { SendFailedLine } from '../../shell/SendFailedLine';
import { ConfirmRowButton } from '../../shell/ConfirmRowButton';
import { RecordTable, type Column } from '../../shell/RecordTable';
import { MemberRoleControl } from './MemberRoleControl';
import { useWorkspaceChanged } from './useWorkspaceChanged';
import { workspaceApi, type WorkspaceDetail } from './workspaceApi';

type Member = WorkspaceDetail['members'][number];

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
  const columns: Column<Member>[] = [
    {
      header: t('members.name'),
      cell: (member) => (
        <>
          {member.displayName}
          {member.userId === userId && <span className="kern-body kern-body--small"> ({t('members.you')})</span>}
        </>
      ),
    },
    { header: t('members.email'), cell: (member) => member.email },
    { header: t('members.role'), cell: (member) => (owner ? <MemberRoleControl workspaceId={workspace.id} member={member} /> : t(`enums.workspaceRole.${member.role}`)) },
    { header: t('members.since'), cell: (member) => <time dateTime={member.since}>{formatDate(member.since.slice(0, 10), language, 'medium')}</time> },
  ];
  if (owner)
    columns.push({
      header: t('common.actions'),
      hiddenHeader: true,
      cell: (member) =>
        member.userId !== userId && (
          <ConfirmRowButton texts="members.remove" naming={{ name: member.displayName }} action={remove} rowId={member.userId} />
        ),
    });
  return (
    <>
      <SendFailedLine error={remove.error} />
      <RecordTable caption={t('members.caption', { workspace: workspace.name })} columns={columns} rows={members} rowKey={(member) => member.userId} small />
    </>
  );
}
