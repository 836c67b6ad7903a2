import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { ThemeSelect } from '../themes/ThemeSelect';
import { MATCHING_ITEM_KINDS, matchingApi, matchingKeys, type MatchingItemKind } from './matchingApi';

const filled = (texts: Texts) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));

/** Publishes what a profile offers, so that partners who need it are suggested this profile. */
export function AddOfferForm({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [themeId, setThemeId] = useState('');
  const [kind, setKind] = useState<MatchingItemKind | ''>('');
  const [description, setDescription] = useState<Texts>(textsOf(undefined));
  const save = useMutation({
    mutationFn: () =>
      matchingApi.addItem(profileId, {
        direction: 'offer',
        themeId,
        kind: kind || undefined,
        description: filled(description),
      }),
    onSuccess: async () => {
      setThemeId('');
      setKind('');
      setDescription(textsOf(undefined));
      await queryClient.invalidateQueries({ queryKey: matchingKeys.all });
    },
  });
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  return (
    <form
      className="record-form"
      aria-label={t('matchingOffer.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h3 className="kern-heading-small">{t('matchingOffer.title')}</h3>
      <ThemeSelect label={t('matchingOffer.theme')} value={themeId} emptyLabel={t('forms.choose')} onChange={(id) => setThemeId(id ?? '')} />
      {error('themeId', t('matching.themeMissing')) && <p className="kern-error">{t('matching.themeMissing')}</p>}
      <EnumSelectField
        label={t('matchingOffer.kind')}
        value={kind}
        emptyLabel={t('forms.choose')}
        values={MATCHING_ITEM_KINDS}
        labelOf={(value) => t(`matching.kind.${value}`)}
        onChange={setKind}
        error={error('kind', t('matching.kindMissing'))}
      />
      <LocalizedTextFields
        legend={t('matchingOffer.description')}
        value={description}
        onChange={setDescription}
        error={error('description', t('matching.descriptionMissing'))}
        required
        multiline
      />
      <SaveFailedAlert error={save.error} />
      <div className="button-row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">{t('matchingOffer.publish')}</span>
        </button>
      </div>
    </form>
  );
}
