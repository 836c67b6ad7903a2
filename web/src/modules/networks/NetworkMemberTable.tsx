import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/formatDate';
import { sortByName } from '../../lib/sortByName';
import { useLanguage } from '../../lib/useLanguage';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { memberName } from './memberName';
import { NetworkMemberForm } from './NetworkMemberForm';
import { networkApi, networkKeys, type NetworkMember } from './networkApi';
import { RecordTable, type Column } from '../../shell/RecordTable';

interface Props {
  networkId: string;
  members: NetworkMember[];
  canEdit: boolean;
}

/**
 * Current members in alphabetical order, then former ones; dates only when any is known. Those
 * allowed to change the network add, change and remove members here.
 */
export function NetworkMemberTable({ networkId, members, canEdit }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<NetworkMember | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (member: NetworkMember) => networkApi.removeMember(networkId, member.id),
    onSuccess: async (result, member) => {
      setNotice(result.outcome === 'left' ? t('networks.memberKeptAsFormer', { name: memberName(member, language) }) : t('networks.memberRemoved', { name: memberName(member, language) }));
      await queryClient.invalidateQueries({ queryKey: networkKeys.all });
    },
  });
  const showDates = members.some((member) => member.joinedOn !== null || member.leftOn !== null);
  const showContact = members.some((member) => member.contactPerson !== null);
  const sorted = [
    ...sortByName(members.filter((member) => member.leftOn === null), (member) => memberName(member, language), language),
    ...sortByName(members.filter((member) => member.leftOn !== null), (member) => memberName(member, language), language),
  ];
  const columns: Column<NetworkMember>[] = [
    {
      header: t('networks.columnMember'),
      cell: (member) => (
        <>
          {member.place && <PlaceName place={member.place} />}
          {member.organization && <OrganizationName organization={member.organization} />}
        </>
      ),
    },
    {
      header: t('networks.columnMemberKind'),
      cell: (member) => (
        <>
          {member.place && t(`enums.placeKind.${member.place.kind}`)}
          {member.organization && t(`enums.organizationKind.${member.organization.kind}`)}
        </>
      ),
    },
  ];
  if (showDates)
    columns.push(
      { header: t('networks.columnJoined'), cell: (member) => (member.joinedOn ? formatDate(member.joinedOn, language, 'medium') : t('common.notSpecified')) },
      { header: t('networks.columnLeft'), cell: (member) => (member.leftOn ? formatDate(member.leftOn, language, 'medium') : '—') },
    );
  if (showContact) columns.push({ header: t('networks.columnContact'), cell: (member) => member.contactPerson?.displayName ?? '—' });
  if (canEdit)
    columns.push({
      header: t('networks.columnActions'),
      cell: (member) => (
        <div className="button-row">
          <button
            type="button"
            className="kern-btn kern-btn--tertiary kern-btn--x-small"
            aria-label={`${t('forms.edit')}: ${memberName(member, language)}`}
            onClick={() => setEditing(member)}
          >
            <span className="kern-label">{t('forms.edit')}</span>
          </button>
          <ConfirmButton
            small
            label={t('common.remove')}
            accessibleLabel={`${t('common.remove')}: ${memberName(member, language)}`}
            question={
              member.hasHosted
                ? t('networks.removeHostQuestion', { name: memberName(member, language) })
                : t('networks.removeMemberQuestion', { name: memberName(member, language) })
            }
            confirmLabel={t('common.remove')}
            pending={remove.isPending}
            onConfirm={() => remove.mutate(member)}
          />
        </div>
      ),
    });
  return (
    <>
      {notice && (
        <p className="kern-body" role="status">
          {notice}
        </p>
      )}
      <SaveFailedAlert error={remove.error} />
      <RecordTable caption={t('networks.membersCaption')} small empty={t('networks.membersEmpty')} rows={sorted} columns={columns} />
      {canEdit && editing === null && (
        <div className="button-row">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setEditing('new')}>
            <span className="kern-label">{t('networks.addMember')}</span>
          </button>
        </div>
      )}
      {editing !== null && (
        <NetworkMemberForm
          key={editing === 'new' ? 'new' : editing.id}
          networkId={networkId}
          member={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
    </>
  );
}
