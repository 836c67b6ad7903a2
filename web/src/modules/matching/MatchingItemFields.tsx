import { useTranslation } from 'react-i18next';
import { InputField } from '../../shell/InputField';
import { filledTexts, LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { ThemeSelect } from '../themes/ThemeSelect';
import { type MatchingItem, type MatchingItemKind, type Urgency } from './matchingApi';
import { matchingItemKindValues, urgencyValues } from '../../lib/api/enums';

export interface MatchingItemValues {
  themeId: string;
  kind: MatchingItemKind | '';
  description: Texts;
  urgency: Urgency;
  until: string;
}

/** What the form starts with: the item's values, or empty ones for a new need or offer. */
export const matchingItemValues = (item?: MatchingItem): MatchingItemValues => ({
  themeId: item?.theme?.id ?? '',
  kind: item?.kind ?? '',
  description: textsOf(item?.description),
  urgency: item?.urgency ?? 'medium',
  until: item?.until ?? '',
});

/** The values as the server takes them: empty choices left out, only the languages with a text. */
export const matchingItemBody = (values: MatchingItemValues) => ({
  themeId: values.themeId || undefined,
  kind: values.kind || undefined,
  description: filledTexts(values.description),
  urgency: values.urgency,
  until: values.until || null,
});

/** The texts of the fields, which differ between the page that publishes a first need and the item form. */
export interface MatchingItemLabels {
  theme: string;
  kind: string;
  kindMissing: string;
  until: string;
  description: string;
  descriptionMissing: string;
}

interface Props {
  values: MatchingItemValues;
  onChange: (values: MatchingItemValues) => void;
  labels: MatchingItemLabels;
  /** The message for a field (its name relative to the item) if the server found a problem there. */
  error: (field: keyof MatchingItemValues, text: string) => string | undefined;
}

/** The labels of the fields by the path the server names them with (`prefix` is `body.` or `body.items.0.`), for the list of problems. */
export const matchingItemFieldLabels = (labels: MatchingItemLabels, prefix: string): Record<string, string> => ({
  [`${prefix}themeId`]: labels.theme,
  [`${prefix}kind`]: labels.kind,
  [`${prefix}until`]: labels.until,
  [`${prefix}description`]: labels.description,
});

/** The fields of a need or an offer: theme, kind, urgency, until when, and its description in several languages. */
export function MatchingItemFields({ values, onChange, labels, error }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof MatchingItemValues>(field: K, value: MatchingItemValues[K]) => onChange({ ...values, [field]: value });
  return (
    <>
      <ThemeSelect label={labels.theme} value={values.themeId} emptyLabel={t('forms.choose')} onChange={(id) => set('themeId', id ?? '')} error={error('themeId', t('matching.themeMissing'))} required />
      <div className="form-row">
        <EnumSelectField label={labels.kind} value={values.kind} values={matchingItemKindValues} labels="matching.kind" onChange={(value) => set('kind', value)} error={error('kind', labels.kindMissing)} required />
        <EnumSelectField label={t('matching.urgencyLabel')} value={values.urgency} values={urgencyValues} labels="matching.urgency" onChange={(value) => set('urgency', value || 'medium')} />
        <InputField label={labels.until} type="date" value={values.until} onChange={(value) => set('until', value)} error={error('until', t('matching.untilInvalid'))} />
      </div>
      <LocalizedTextFields
        legend={labels.description}
        value={values.description}
        onChange={(value) => set('description', value)}
        error={error('description', labels.descriptionMissing)}
        required
        multiline
      />
    </>
  );
}
