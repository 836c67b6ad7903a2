import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../lib/api/types';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { InputField } from '../../shell/InputField';
import { RecordFormFrame } from '../../shell/RecordFormPage';
import { VisibilityField } from '../../shell/VisibilityField';
import { PersonAutocomplete } from '../people/PersonAutocomplete';
import { ThemeChecklist } from '../themes/ThemeChecklist';
import { matchingApi, matchingKeys } from './matchingApi';
import { ProfileLanguagesField } from './ProfileLanguagesField';

/** Opts an expert in to the partner search: who, expertise themes, languages, availability. */
export function NewExpertProfilePage() {
  const { t } = useTranslation();
  const [workspaceId, setWorkspaceId] = useState('');
  const [personId, setPersonId] = useState<string | null>(null);
  const [languages, setLanguages] = useState<string[]>([]);
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [availability, setAvailability] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('public');

  const save = useSaveAndOpen(
    () =>
      matchingApi.createProfile({
        workspaceId,
        personId: personId ?? undefined,
        languages,
        themeIds,
        availability: availability.trim() === '' ? null : availability.trim(),
        visibility,
      }),
    { refresh: [matchingKeys.all], open: (saved) => `/matching/profiles/${saved.id}` },
  );
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const heading = t('matchingForms.newExpert');

  return (
    <RecordFormFrame
      heading={heading}
      back={{ to: '/matching', label: t('matching.backToList') }}
      intro={<p className="kern-body page-intro">{t('matchingForms.newExpertIntro')}</p>}
      workspace={{ value: workspaceId, onChange: setWorkspaceId }}
      save={save}
      problemsBesideFields
      submitLabel={t('matching.publish')}
    >
      <PersonAutocomplete label={t('matchingForms.expert')} onSelect={(person) => setPersonId(person?.id ?? null)} error={error('placeId', t('matchingForms.expertMissing')) ?? error('personId', t('matchingForms.expertMissing'))} />
      <ProfileLanguagesField legend={t('matchingForms.expertLanguages')} selected={languages} onChange={setLanguages} />
      <p className="kern-body kern-body--bold">{t('matchingForms.expertiseThemes')}</p>
      <ThemeChecklist selected={themeIds} onChange={setThemeIds} />
      <InputField label={t('matchingForms.availability')} hint={t('matchingForms.availabilityHint')} value={availability} onChange={setAvailability} error={error('availability', t('matchingForms.availabilityTooLong'))} />
      <VisibilityField value={visibility} onChange={setVisibility} />
    </RecordFormFrame>
  );
}
