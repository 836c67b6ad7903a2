import { enumValues } from '../../lib/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { filledTexts, LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { AddPersonField } from '../people/AddPersonField';
import type { PersonRef } from '../people/personApi';
import { ThemeSelect } from '../themes/ThemeSelect';
import { memberSide } from './memberSide';
import { partnershipApi, partnershipKeys, type Party, type ProjectGroup, type ProjectGroupRole, type ProjectGroupStatus } from './partnershipApi';
import { InlineForm } from '../../shell/InlineForm';
import { RecordTable } from '../../shell/RecordTable';
import { useSaveAndRefresh } from '../../lib/useSaveAndRefresh';
import { Fieldset } from '../../shell/Fieldset';
import { RowSelect } from '../../shell/RowSelect';

const STATUSES = enumValues<ProjectGroupStatus>()(['active', 'paused', 'closed']);
const ROLES = enumValues<ProjectGroupRole>()(['member', 'lead']);

interface Member {
  person: PersonRef;
  partyId: string;
  role: ProjectGroupRole;
}

interface Props {
  partnershipId: string;
  /** Where people entered from the form go, when the user may create there. */
  workspaceId?: string;
  parties: Party[];
  group?: ProjectGroup;
  onDone: () => void;
}

/** Adds or changes a project group: titles in three languages, theme, and members on each side. */
export function ProjectGroupForm({ partnershipId, workspaceId, parties, group, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [title, setTitle] = useState<Texts>(textsOf(group?.title));
  const [description, setDescription] = useState<Texts>(textsOf(group?.description));
  const [themeId, setThemeId] = useState(group?.theme?.id ?? '');
  const [formedOn, setFormedOn] = useState(group?.formedOn ?? '');
  const [status, setStatus] = useState<ProjectGroupStatus>(group?.status ?? 'active');
  const [members, setMembers] = useState<Member[]>(
    (group?.members ?? []).flatMap((member) => (member.person ? [{ person: member.person, partyId: member.partyId ?? '', role: member.role }] : [])),
  );

  const save = useSaveAndRefresh(
    () => {
      const body = {
        title: filledTexts(title),
        description: filledTexts(description),
        themeId: themeId || null,
        formedOn: formedOn || null,
        status,
        members: members.map((member) => ({ personId: member.person.id, partyId: member.partyId || null, role: member.role })),
      };
      return group ? partnershipApi.updateProjectGroup(partnershipId, group.id, body) : partnershipApi.addProjectGroup(partnershipId, body);
    },
    { refresh: [partnershipKeys.all], then: onDone },
  );
  const error = bodyFieldErrors(save.error);
  const partyOptions = parties.flatMap((party) => (party.id ? [{ value: party.id, label: pickPartyName(party, language) }] : []));

  return (
    <InlineForm heading={group ? t('projectGroups.editTitle', { title: pickText(group.title, language).text }) : t('projectGroups.createTitle')} onSubmit={() => save.mutate()} pending={save.isPending} error={save.error} onCancel={onDone} className="project-group-form">
      <LocalizedTextFields legend={t('projectGroups.titleInLanguages')} value={title} onChange={setTitle} error={error('title')} required />
      <LocalizedTextFields legend={t('projectGroups.descriptionInLanguages')} value={description} onChange={setDescription} multiline />
      <div className="form-row">
        <ThemeSelect label={t('projectGroups.theme')} value={themeId} emptyLabel={t('forms.none')} onChange={(id) => setThemeId(id ?? '')} />
        <InputField label={t('projectGroups.formedOnLabel')} type="date" value={formedOn} onChange={setFormedOn} error={error('formedOn')} />
        <EnumSelectField label={t('projectGroups.status')} value={status} values={STATUSES} labels="enums.projectGroupStatus" onChange={(value) => setStatus(value || 'active')} />
      </div>
      <Fieldset legend={t('projectGroups.members')}>
        {members.length > 0 && (
          <RecordTable
            caption={t('projectGroups.members')}
            className="member-editor"
            scrolls={false}
            rows={members}
            rowKey={(member) => member.person.id}
            columns={[
              { header: t('projectGroups.person'), cell: (member) => member.person.displayName },
              {
                header: t('projectGroups.side'),
                cell: (member, index) => (
                  <RowSelect
                    label={t('projectGroups.sideOf', { name: member.person.displayName })}
                    value={member.partyId}
                    emptyLabel={t('projectGroups.noSide')}
                    options={partyOptions}
                    invalid={Boolean(error(`members.${index}`))}
                    onChange={(partyId) => setMembers(members.map((entry, at) => (at === index ? { ...entry, partyId } : entry)))}
                  />
                ),
              },
              {
                header: t('projectGroups.role'),
                cell: (member, index) => (
                  <RowSelect
                    label={t('projectGroups.roleOf', { name: member.person.displayName })}
                    value={member.role}
                    options={ROLES.map((role) => ({ value: role, label: t(`enums.projectGroupRole.${role}`) }))}
                    onChange={(value) => setMembers(members.map((entry, at) => (at === index ? { ...entry, role: ROLES.find((role) => role === value) ?? 'member' } : entry)))}
                  />
                ),
              },
              {
                header: t('common.actions'),
                hiddenHeader: true,
                cell: (member, index) => (
                  <button
                    type="button"
                    className="kern-btn kern-btn--tertiary kern-btn--x-small"
                    onClick={() => setMembers(members.filter((_, at) => at !== index))}
                    aria-label={`${t('common.remove')}: ${member.person.displayName}`}
                  >
                    <span className="kern-label">{t('common.remove')}</span>
                  </button>
                ),
              },
            ]}
          />
        )}
        <AddPersonField
          label={t('projectGroups.addMember')}
          workspaceId={workspaceId}
          onAdd={(person) => {
            if (!members.some((member) => member.person.id === person.id)) setMembers([...members, { person, partyId: memberSide(person, parties), role: 'member' }]);
          }}
        />
      </Fieldset>
    </InlineForm>
  );
}

function pickPartyName(party: Party, language: ReturnType<typeof useLanguage>): string {
  if (party.place) return pickName(party.place.names, party.place.name, language).text;
  if (party.organization) return pickName(party.organization.names, party.organization.name, language).text;
  return '';
}
