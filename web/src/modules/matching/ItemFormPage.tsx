import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { InputField } from '../../shell/InputField';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { PageHeading } from '../../shell/PageHeading';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { SelectField } from '../../shell/SelectField';
import { ThemeSelect } from '../themes/ThemeSelect';
import { MATCHING_ITEM_KINDS, matchingApi, matchingKeys, URGENCIES, type MatchingItem, type MatchingItemKind, type MatchingProfileDetail, type Urgency } from './matchingApi';
import { useMatchingProfile } from './useMatching';

const filled = (texts: Texts) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));

export const NewNeedPage = () => <ItemFormPage direction="need" />;
export const NewOfferPage = () => <ItemFormPage direction="offer" />;
export const EditItemPage = () => <ItemFormPage />;

/** Publishes a new need or offer of a profile (`direction`), or changes one (`:itemId`). */
function ItemFormPage({ direction }: { direction?: 'need' | 'offer' }) {
  const { id, itemId } = useParams();
  const profile = useMatchingProfile(id);
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  const item = itemId ? [...profile.data.needs, ...profile.data.offers].find((entry) => entry.id === itemId) : undefined;
  if (itemId && !item) return <NotFoundPage />;
  return <ItemForm profile={profile.data} item={item} direction={item?.direction ?? direction ?? 'need'} />;
}

function ItemForm({ profile, item, direction }: { profile: MatchingProfileDetail; item?: MatchingItem; direction: 'need' | 'offer' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [themeId, setThemeId] = useState(item?.theme?.id ?? '');
  const [kind, setKind] = useState<MatchingItemKind | ''>(item?.kind ?? '');
  const [description, setDescription] = useState<Texts>(textsOf(item?.description));
  const [urgency, setUrgency] = useState<Urgency>(item?.urgency ?? 'medium');
  const [until, setUntil] = useState(item?.until ?? '');

  const save = useMutation({
    mutationFn: () => {
      const fields = { themeId: themeId || undefined, kind: kind || undefined, description: filled(description), urgency, until: until || null };
      return item
        ? matchingApi.updateItem(profile.id, item.id, fields)
        : matchingApi.addItem(profile.id, { direction, ...fields });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: matchingKeys.all });
      await navigate(`/matching/profiles/${profile.id}`);
    },
  });
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const heading = t(`matchingForms.${item ? 'edit' : 'add'}.${direction}`);

  return (
    <>
      <BackLink to={`/matching/profiles/${profile.id}`}>{t('matchingForms.backToProfile')}</BackLink>
      <PageHeading title={heading}>{heading}</PageHeading>
      <form
        className="record-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <ThemeSelect label={t(`matchingForms.theme.${direction}`)} value={themeId} emptyLabel={t('forms.choose')} onChange={(value) => setThemeId(value ?? '')} />
        {error('themeId', t('matching.themeMissing')) && <p className="kern-error">{t('matching.themeMissing')}</p>}
        <div className="form-row">
          <SelectField
            label={t(`matchingForms.kind.${direction}`)}
            value={kind}
            emptyLabel={t('forms.choose')}
            options={MATCHING_ITEM_KINDS.map((value) => ({ value, label: t(`matching.kind.${value}`) }))}
            onChange={(value) => setKind(MATCHING_ITEM_KINDS.find((candidate) => candidate === value) ?? '')}
            error={error('kind', t('matchingForms.kindMissing'))}
          />
          <SelectField
            label={t('matching.urgencyLabel')}
            value={urgency}
            emptyLabel={t('forms.choose')}
            options={URGENCIES.map((value) => ({ value, label: t(`matching.urgency.${value}`) }))}
            onChange={(value) => setUrgency(URGENCIES.find((candidate) => candidate === value) ?? 'medium')}
          />
          <InputField label={t('matchingForms.until')} type="date" value={until} onChange={setUntil} error={error('until', t('matching.untilInvalid'))} />
        </div>
        <LocalizedTextFields
          legend={t(`matchingForms.description.${direction}`)}
          value={description}
          onChange={setDescription}
          error={error('description', t('matchingForms.descriptionMissing'))}
          required
          multiline
        />
        <SaveFailedAlert error={save.error} />
        <div className="button-row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
            <span className="kern-label">{item ? t('matchingForms.save') : t('matching.publish')}</span>
          </button>
        </div>
      </form>
    </>
  );
}
