import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../lib/api/types';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { RecordFormFrame } from '../../shell/RecordFormPage';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { MatchingItemFields, matchingItemBody, matchingItemFieldLabels, matchingItemValues, type MatchingItemValues } from './MatchingItemFields';
import { matchingApi, matchingKeys, type SoughtPartnershipType } from './matchingApi';
import { soughtPartnershipTypeValues } from '../../lib/api/enums';
import { ProfileLanguagesField } from './ProfileLanguagesField';

/** Opts a municipality in to matching and publishes what it needs, then shows the suggested partners. */
export function PublishNeedPage() {
  const { t } = useTranslation();
  const [workspaceId, setWorkspaceId] = useState('');
  const [placeId, setPlaceId] = useState<string | null>(null);
  const [languages, setLanguages] = useState<string[]>([]);
  const [partnershipType, setPartnershipType] = useState<SoughtPartnershipType | ''>('');
  const [item, setItem] = useState<MatchingItemValues>(matchingItemValues());
  const [visibility, setVisibility] = useState<Visibility>('public');

  const save = useSaveAndOpen(
    () =>
      matchingApi.createProfile({
        workspaceId,
        placeId: placeId ?? undefined,
        languages,
        partnershipTypes: partnershipType ? [partnershipType] : [],
        visibility,
        items: [{ direction: 'need', ...matchingItemBody(item) }],
      }),
    { refresh: [matchingKeys.all], open: (saved) => `/matching/profiles/${saved.id}` },
  );
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const heading = t('matching.publishNeed');
  const labels = {
    theme: t('matching.needTheme'),
    kind: t('matching.needKind'),
    kindMissing: t('matching.kindMissing'),
    until: t('matching.until'),
    description: t('matching.needDescription'),
    descriptionMissing: t('matching.descriptionMissing'),
  };

  return (
    <RecordFormFrame
      heading={heading}
      back={{ to: '/matching', label: t('matching.backToList') }}
      intro={<p className="kern-body page-intro">{t('matching.publishIntro')}</p>}
      workspace={{ value: workspaceId, onChange: setWorkspaceId }}
      save={save}
      problemsBesideFields
      fieldLabels={{ 'body.placeId': t('matching.municipality'), 'body.languages': t('matching.languages'), 'body.partnershipTypes': t('matching.partnershipSought'), ...matchingItemFieldLabels(labels, 'body.items.0.') }}
      submitLabel={t('matching.publish')}
    >
      <PlaceAutocomplete
        label={t('matching.municipality')}
        hint={t('matching.municipalityHint')}
        onSelect={(place) => setPlaceId(place?.id ?? null)}
        error={error('placeId', t('matching.municipalityMissing'))}
        required
      />
      <ProfileLanguagesField legend={t('matching.languages')} selected={languages} onChange={setLanguages} />
      <EnumSelectField label={t('matching.partnershipSought')} value={partnershipType} values={soughtPartnershipTypeValues} labels="matching.partnershipType" onChange={setPartnershipType} />
      <MatchingItemFields
        values={item}
        onChange={setItem}
        labels={labels}
        error={(field, text) => error(`items.0.${field}`, text)}
      />
      <VisibilityField value={visibility} onChange={setVisibility} />
    </RecordFormFrame>
  );
}
