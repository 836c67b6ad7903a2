import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Visibility } from '../../lib/api/types';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { InputField } from '../../shell/InputField';
import { PageHeading } from '../../shell/PageHeading';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { VisibilityField } from '../../shell/VisibilityField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { PersonAutocomplete } from '../people/PersonAutocomplete';
import { ThemeChecklist } from '../themes/ThemeChecklist';
import { CheckboxGroup } from './CheckboxGroup';
import { matchingApi, matchingKeys, PROFILE_LANGUAGES } from './matchingApi';
import { languageName } from './reasonText';

/** Opts an expert in to the partner search: who, expertise themes, languages, availability. */
export function NewExpertProfilePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [workspaceId, setWorkspaceId] = useState('');
  const [personId, setPersonId] = useState<string | null>(null);
  const [languages, setLanguages] = useState<string[]>([]);
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [availability, setAvailability] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('public');

  const save = useMutation({
    mutationFn: () =>
      matchingApi.createProfile({
        workspaceId,
        personId: personId ?? undefined,
        languages,
        themeIds,
        availability: availability.trim() === '' ? null : availability.trim(),
        visibility,
      }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: matchingKeys.all });
      await navigate(`/matching/profiles/${saved.id}`);
    },
  });
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const heading = t('matchingForms.newExpert');

  return (
    <>
      <BackLink to="/matching">{t('matching.backToList')}</BackLink>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="kern-body page-intro">{t('matchingForms.newExpertIntro')}</p>
      <form
        className="record-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <WorkspaceField value={workspaceId} onChange={setWorkspaceId} />
        <PersonAutocomplete label={t('matchingForms.expert')} onSelect={(person) => setPersonId(person?.id ?? null)} error={error('placeId', t('matchingForms.expertMissing')) ?? error('personId', t('matchingForms.expertMissing'))} />
        <CheckboxGroup legend={t('matchingForms.expertLanguages')} options={PROFILE_LANGUAGES} labelOf={(code) => languageName(code, language)} selected={languages} onChange={setLanguages} />
        <p className="kern-body kern-body--bold">{t('matchingForms.expertiseThemes')}</p>
        <ThemeChecklist selected={themeIds} onChange={setThemeIds} />
        <InputField label={t('matchingForms.availability')} hint={t('matchingForms.availabilityHint')} value={availability} onChange={setAvailability} error={error('availability', t('matchingForms.availabilityTooLong'))} />
        <VisibilityField value={visibility} onChange={setVisibility} />
        <SaveFailedAlert error={save.error} />
        <div className="button-row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending || !workspaceId}>
            <span className="kern-label">{t('matching.publish')}</span>
          </button>
        </div>
      </form>
    </>
  );
}
