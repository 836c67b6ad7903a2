import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { RecordFormFrame } from '../../shell/RecordFormPage';
import { MatchingItemFields, matchingItemBody, matchingItemFieldLabels, matchingItemValues, type MatchingItemValues } from './MatchingItemFields';
import { matchingApi, matchingKeys, type MatchingItem, type MatchingProfileDetail } from './matchingApi';
import { useMatchingProfile } from './useMatching';

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
  const [values, setValues] = useState<MatchingItemValues>(matchingItemValues(item));

  const save = useSaveAndOpen(
    () => {
      const fields = matchingItemBody(values);
      return item ? matchingApi.updateItem(profile.id, item.id, fields) : matchingApi.addItem(profile.id, { direction, ...fields });
    },
    { refresh: [matchingKeys.all], open: () => `/matching/profiles/${profile.id}` },
  );
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const heading = t(`matchingForms.${item ? 'edit' : 'add'}.${direction}`);
  const labels = {
    theme: t(`matchingForms.theme.${direction}`),
    kind: t(`matchingForms.kind.${direction}`),
    kindMissing: t('matchingForms.kindMissing'),
    until: t('matchingForms.until'),
    description: t(`matchingForms.description.${direction}`),
    descriptionMissing: t('matchingForms.descriptionMissing'),
  };

  return (
    <RecordFormFrame heading={heading} back={{ to: `/matching/profiles/${profile.id}`, label: t('matchingForms.backToProfile') }} save={save} problemsBesideFields fieldLabels={matchingItemFieldLabels(labels, 'body.')} submitLabel={item ? t('matchingForms.save') : t('matching.publish')}>
      <MatchingItemFields
        values={values}
        onChange={setValues}
        labels={labels}
        error={error}
      />
    </RecordFormFrame>
  );
}
