import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/formatDate';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { EditRemoveButtons } from '../../shell/EditRemoveButtons';
import { ErrorState } from '../../shell/ErrorState';
import { FormAlert } from '../../shell/FormAlert';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText } from '../../shell/LocalizedText';
import { partnershipApi, partnershipKeys, type Party, type ProjectGroup } from './partnershipApi';
import { PartyName } from './PartyName';
import { useProjectGroups } from './useProjectGroups';
import { AddEntry } from '../../shell/AddEntry';

interface Props {
  partnershipId: string;
  workspaceId?: string;
  parties: Party[];
}

// The form (with people and theme pickers) loads only when an editor opens it.
const ProjectGroupForm = lazy(async () => ({ default: (await import('./ProjectGroupForm')).ProjectGroupForm }));

/** The thematic working groups of a partnership, with their members side by side. */
export function ProjectGroupsSection({ partnershipId, workspaceId, parties }: Props) {
  const { t } = useTranslation();
  const query = useProjectGroups(partnershipId);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { items, canEdit } = query.data;
  return (
    <>
      {items.length === 0 && <p className="kern-body">{t('projectGroups.empty')}</p>}
      <div className="project-groups">
        {items.map((group) =>
          editing === group.id ? (
            <Suspense key={group.id} fallback={<LoadingState />}>
              <ProjectGroupForm partnershipId={partnershipId} workspaceId={workspaceId} parties={parties} group={group} onDone={() => setEditing(null)} />
            </Suspense>
          ) : (
            <ProjectGroupCard key={group.id} group={group} parties={parties} canEdit={canEdit} onEdit={() => setEditing(group.id)} />
          ),
        )}
      </div>
      {canEdit && (
        <AddEntry open={editing === 'new'} label={t('projectGroups.add')} onOpen={() => setEditing('new')}>
          <Suspense fallback={<LoadingState />}>
            <ProjectGroupForm partnershipId={partnershipId} workspaceId={workspaceId} parties={parties} onDone={() => setEditing(null)} />
          </Suspense>
        </AddEntry>
      )}
    </>
  );
}

function ProjectGroupCard({ group, parties, canEdit, onEdit }: { group: ProjectGroup; parties: Party[]; canEdit: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => partnershipApi.removeProjectGroup(group.partnershipId, group.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
  });
  const title = pickText(group.title, language).text;
  const sides = [...parties.map((party) => ({ party, members: group.members.filter((member) => member.partyId === party.id) }))];
  const unassigned = group.members.filter((member) => !member.partyId || !parties.some((party) => party.id === member.partyId));
  return (
    <article className="project-group" id={`project-group-${group.id}`} aria-labelledby={`project-group-${group.id}-title`}>
      <h3 id={`project-group-${group.id}-title`} className="kern-heading-small">
        <LocalizedText value={group.title} />
      </h3>
      <p className="badge-row">
        <Badge>{t(`enums.projectGroupStatus.${group.status}`)}</Badge>
        {group.theme && <Badge>{pickText(group.theme.name, language, group.theme.slug).text}</Badge>}
        {group.formedOn && <span className="kern-body kern-body--small">{t('projectGroups.formedOn', { date: formatDate(group.formedOn, language) })}</span>}
      </p>
      {pickText(group.description, language).text && (
        <p className="kern-body">
          <LocalizedText value={group.description} />
        </p>
      )}
      <div className="project-group__sides">
        {sides.map(({ party, members }) => (
          <div key={party.id} className="project-group__side">
            <h4 className="kern-body kern-body--bold">
              <PartyName party={party} />
            </h4>
            {members.length > 0 ? (
              <ul className="kern-list">
                {members.map((member) => (
                  <li key={member.id}>
                    {member.person?.displayName ?? t('projectGroups.hiddenPerson')}
                    {member.role === 'lead' && ` (${t('enums.projectGroupRole.lead')})`}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="kern-body kern-body--small">{t('projectGroups.nobodyOnSide')}</p>
            )}
          </div>
        ))}
        {unassigned.length > 0 && (
          <div className="project-group__side">
            <h4 className="kern-body kern-body--bold">{t('projectGroups.noSide')}</h4>
            <ul className="kern-list">
              {unassigned.map((member) => (
                <li key={member.id}>{member.person?.displayName ?? t('projectGroups.hiddenPerson')}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {canEdit && (
        <div className="button-row">
          <EditRemoveButtons
            editLabel={t('projectGroups.editNamed', { title })}
            onEdit={onEdit}
            removeLabel={t('projectGroups.removeNamed', { title })}
            question={t('projectGroups.removeQuestion', { title })}
            removing={remove.isPending}
            onRemove={() => remove.mutate()}
          />
        </div>
      )}
      <FormAlert error={remove.error} />
    </article>
  );
}
