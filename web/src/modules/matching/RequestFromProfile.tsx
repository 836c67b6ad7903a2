import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { SelectField } from '../../shell/SelectField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { useMayCreate } from '../accounts/MayCreate';
import { matchingApi, matchingKeys, type MatchingProfileSummary } from './matchingApi';
import { RequestIntroduction } from './RequestIntroduction';

const nameOf = (profile: Pick<MatchingProfileSummary, 'place' | 'organization' | 'person'>, language: ReturnType<typeof useLanguage>) =>
  profile.place
    ? pickName(profile.place.names, profile.place.name, language).text
    : profile.organization
      ? pickName(profile.organization.names, profile.organization.name, language).text
      : (profile.person?.displayName ?? '');

/** On someone else's profile: ask to be introduced, for one of the profiles of a workspace of the viewer's. */
export function RequestFromProfile({ profile }: { profile: MatchingProfileSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mayCreate = useMayCreate();
  const [workspaceId, setWorkspaceId] = useState('');
  const [fromId, setFromId] = useState('');
  const own = useQuery({
    queryKey: matchingKeys.profilesOf(workspaceId),
    queryFn: ({ signal }) => matchingApi.profiles({ workspaceId, limit: 100 }, signal),
    enabled: mayCreate && workspaceId !== '',
  });
  if (!mayCreate) return null;
  const candidates = (own.data?.items ?? []).filter((candidate) => candidate.id !== profile.id);
  return (
    <div className="record-form">
      <p className="kern-body">{t('introductions.fromProfileIntro')}</p>
      <WorkspaceField value={workspaceId} onChange={setWorkspaceId} />
      {own.data && candidates.length === 0 && <p className="kern-body">{t('introductions.noOwnProfile')}</p>}
      {candidates.length > 0 && (
        <SelectField
          label={t('introductions.forProfile')}
          value={fromId}
          emptyLabel={t('forms.choose')}
          options={candidates.map((candidate) => ({ value: candidate.id, label: nameOf(candidate, language) }))}
          onChange={setFromId}
        />
      )}
      {fromId && <RequestIntroduction key={fromId} from={{ id: fromId, workspaceId }} toProfileId={profile.id} partnerName={nameOf(profile, language)} />}
    </div>
  );
}
