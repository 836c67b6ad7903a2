import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Visibility } from '../../lib/api/types';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { InputField } from '../../shell/InputField';
import { LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { PageHeading } from '../../shell/PageHeading';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { SelectField } from '../../shell/SelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { ThemeSelect } from '../themes/ThemeSelect';
import { CheckboxGroup } from './CheckboxGroup';
import { MATCHING_ITEM_KINDS, matchingApi, matchingKeys, PROFILE_LANGUAGES, SOUGHT_PARTNERSHIP_TYPES, URGENCIES, type MatchingItemKind, type SoughtPartnershipType, type Urgency } from './matchingApi';
import { languageName } from './reasonText';

const filled = (texts: Texts) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));

/** Opts a municipality in to matching and publishes what it needs, then shows the suggested partners. */
export function PublishNeedPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [workspaceId, setWorkspaceId] = useState('');
  const [placeId, setPlaceId] = useState<string | null>(null);
  const [languages, setLanguages] = useState<string[]>([]);
  const [partnershipType, setPartnershipType] = useState<SoughtPartnershipType | ''>('');
  const [themeId, setThemeId] = useState('');
  const [kind, setKind] = useState<MatchingItemKind | ''>('');
  const [description, setDescription] = useState<Texts>(textsOf(undefined));
  const [urgency, setUrgency] = useState<Urgency>('medium');
  const [until, setUntil] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('public');

  const save = useMutation({
    mutationFn: () =>
      matchingApi.createProfile({
        workspaceId,
        placeId: placeId ?? undefined,
        languages,
        partnershipTypes: partnershipType ? [partnershipType] : [],
        visibility,
        items: [{ direction: 'need', themeId, kind: kind || undefined, description: filled(description), urgency, until: until || null }],
      }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: matchingKeys.all });
      await navigate(`/matching/profiles/${saved.id}`);
    },
  });
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const heading = t('matching.publishNeed');

  return (
    <>
      <BackLink to="/matching">{t('matching.backToList')}</BackLink>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="kern-body page-intro">{t('matching.publishIntro')}</p>
      <form
        className="record-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <WorkspaceField value={workspaceId} onChange={setWorkspaceId} />
        <PlaceAutocomplete label={t('matching.municipality')} onSelect={(place) => setPlaceId(place?.id ?? null)} error={error('placeId', t('matching.municipalityMissing'))} required />
        <CheckboxGroup legend={t('matching.languages')} options={PROFILE_LANGUAGES} labelOf={(code) => languageName(code, language)} selected={languages} onChange={setLanguages} />
        <SelectField
          label={t('matching.partnershipSought')}
          value={partnershipType}
          emptyLabel={t('forms.choose')}
          options={SOUGHT_PARTNERSHIP_TYPES.map((value) => ({ value, label: t(`matching.partnershipType.${value}`) }))}
          onChange={(value) => setPartnershipType(SOUGHT_PARTNERSHIP_TYPES.find((candidate) => candidate === value) ?? '')}
        />
        <ThemeSelect label={t('matching.needTheme')} value={themeId} emptyLabel={t('forms.choose')} onChange={(id) => setThemeId(id ?? '')} />
        {error('items.0.themeId', t('matching.themeMissing')) && <p className="kern-error">{t('matching.themeMissing')}</p>}
        <div className="form-row">
          <SelectField
            label={t('matching.needKind')}
            value={kind}
            emptyLabel={t('forms.choose')}
            options={MATCHING_ITEM_KINDS.map((value) => ({ value, label: t(`matching.kind.${value}`) }))}
            onChange={(value) => setKind(MATCHING_ITEM_KINDS.find((candidate) => candidate === value) ?? '')}
            error={error('items.0.kind', t('matching.kindMissing'))}
          />
          <SelectField
            label={t('matching.urgencyLabel')}
            value={urgency}
            emptyLabel={t('forms.choose')}
            options={URGENCIES.map((value) => ({ value, label: t(`matching.urgency.${value}`) }))}
            onChange={(value) => setUrgency(URGENCIES.find((candidate) => candidate === value) ?? 'medium')}
          />
          <InputField label={t('matching.until')} type="date" value={until} onChange={setUntil} error={error('items.0.until', t('matching.untilInvalid'))} />
        </div>
        <LocalizedTextFields
          legend={t('matching.needDescription')}
          value={description}
          onChange={setDescription}
          error={error('items.0.description', t('matching.descriptionMissing'))}
          required
          multiline
        />
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
