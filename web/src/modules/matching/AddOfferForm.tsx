import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { ThemeSelect } from '../themes/ThemeSelect';
import { matchingApi, matchingKeys, type MatchingItemKind } from './matchingApi';
import { InlineForm } from '../../shell/InlineForm';
import { matchingItemKindValues } from '../../lib/api/enums';

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
    <InlineForm heading={t('matchingOffer.title')} onSubmit={() => save.mutate()} pending={save.isPending} error={save.error} problemsBesideFields submitLabel={t('matchingOffer.publish')}>
      <ThemeSelect label={t('matchingOffer.theme')} value={themeId} emptyLabel={t('forms.choose')} onChange={(id) => setThemeId(id ?? '')} />
      {error('themeId', t('matching.themeMissing')) && <p className="kern-error">{t('matching.themeMissing')}</p>}
      <EnumSelectField label={t('matchingOffer.kind')} value={kind} values={matchingItemKindValues} labels="matching.kind" onChange={setKind} error={error('kind', t('matching.kindMissing'))} />
      <LocalizedTextFields
        legend={t('matchingOffer.description')}
        value={description}
        onChange={setDescription}
        error={error('description', t('matching.descriptionMissing'))}
        required
        multiline
      />
    </InlineForm>
  );
}
