import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Visibility } from '../../lib/api/types';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { ErrorState } from '../../shell/ErrorState';
import { InputField } from '../../shell/InputField';
import { RecordFormFrame } from '../../shell/RecordFormPage';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { VisibilityField } from '../../shell/VisibilityField';
import { PersonAutocomplete } from '../people/PersonAutocomplete';
import { ThemeChecklist } from '../themes/ThemeChecklist';
import { CheckboxGroup } from '../../shell/CheckboxGroup';
import { matchingApi, matchingKeys, PROFILE_LANGUAGES, type MatchingProfileDetail, type SoughtPartnershipType } from './matchingApi';
import { ProfileName } from './ProfileName';
import { useMatchingProfile } from './useMatching';
import { soughtPartnershipTypeValues } from '../../lib/api/enums';
import { ProfileLanguagesField } from './ProfileLanguagesField';

const filled = (texts: Texts) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));

/** Changes a profile of the partner search: size, languages, themes, partnership sought, contact, who may see it. */
export function ProfileFormPage() {
  const { id } = useParams();
  const profile = useMatchingProfile(id);
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  return <ProfileForm profile={profile.data} />;
}

function ProfileForm({ profile }: { profile: MatchingProfileDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [population, setPopulation] = useState(profile.population === null ? '' : String(profile.population));
  const [languages, setLanguages] = useState<string[]>(profile.languages);
  const [themeIds, setThemeIds] = useState(profile.themes.map((theme) => theme.id));
  const [partnershipTypes, setPartnershipTypes] = useState<SoughtPartnershipType[]>(profile.partnershipTypes);
  const [summary, setSummary] = useState<Texts>(textsOf(profile.summary));
  const [contactPersonId, setContactPersonId] = useState(profile.contactPerson?.id ?? null);
  const [availability, setAvailability] = useState(profile.availability ?? '');
  const [visibility, setVisibility] = useState<Visibility>(profile.visibility);
  const isExpert = profile.subject === 'expert';
  const otherLanguages = profile.languages.filter((code) => !(PROFILE_LANGUAGES as readonly string[]).includes(code));

  const save = useMutation({
    mutationFn: () =>
      matchingApi.updateProfile(profile.id, {
        population: population.trim() === '' ? null : Number(population),
        languages: [...languages, ...otherLanguages.filter((code) => !languages.includes(code))],
        themeIds,
        partnershipTypes,
        summary: filled(summary),
        contactPersonId,
        availability: availability.trim() === '' ? null : availability.trim(),
        visibility,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: matchingKeys.all });
      await navigate(`/matching/profiles/${profile.id}`);
    },
  });
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const heading = t('matchingForms.editProfile');
  const fieldLabels = {
    'body.population': t('matchingForms.population'),
    'body.languages': isExpert ? t('matchingForms.expertLanguages') : t('matching.languages'),
    'body.themeIds': isExpert ? t('matchingForms.expertiseThemes') : t('matchingForms.profileThemes'),
    'body.partnershipTypes': t('matching.partnershipSought'),
    'body.summary': t('matchingForms.summary'),
    'body.contactPersonId': t('matching.contactPerson'),
    'body.availability': t('matchingForms.availability'),
    'body.visibility': t('forms.visibility'),
  };

  return (
    <RecordFormFrame
      heading={heading}
      headingContent={
        <>
          {heading}: <ProfileName profile={profile} />
        </>
      }
      back={{ to: `/matching/profiles/${profile.id}`, label: t('matchingForms.backToProfile') }}
      save={save}
      problemsBesideFields
      fieldLabels={fieldLabels}
      submitLabel={t('matchingForms.save')}
    >
      {!isExpert && (
        <InputField
          label={t('matchingForms.population')}
          hint={t('matchingForms.populationHint')}
          type="number"
          min="0"
          value={population}
          onChange={setPopulation}
          error={error('population', t('matchingForms.populationInvalid'))}
        />
      )}
      <ProfileLanguagesField legend={isExpert ? t('matchingForms.expertLanguages') : t('matching.languages')} selected={languages} onChange={setLanguages} />
      <p className="kern-body kern-body--bold">{isExpert ? t('matchingForms.expertiseThemes') : t('matchingForms.profileThemes')}</p>
      <ThemeChecklist selected={themeIds} onChange={setThemeIds} />
      {!isExpert && (
        <CheckboxGroup legend={t('matching.partnershipSought')} options={soughtPartnershipTypeValues} labels="matching.partnershipType" selected={partnershipTypes} onChange={setPartnershipTypes} />
      )}
      {isExpert && (
        <InputField
          label={t('matchingForms.availability')}
          hint={t('matchingForms.availabilityHint')}
          value={availability}
          onChange={setAvailability}
          error={error('availability', t('matchingForms.availabilityTooLong'))}
        />
      )}
      <LocalizedTextFields legend={t('matchingForms.summary')} value={summary} onChange={setSummary} multiline />
      <PersonAutocomplete
        label={t('matching.contactPerson')}
        initialText={profile.contactPerson?.displayName}
        hint={t('matchingForms.contactHint')}
        onSelect={(person) => setContactPersonId(person?.id ?? null)}
        error={error('contactPersonId', t('matchingForms.contactUnknown'))}
      />
      <VisibilityField value={visibility} onChange={setVisibility} />
      <p className="kern-body kern-body--small">{t('matchingForms.publicHint')}</p>
    </RecordFormFrame>
  );
}
