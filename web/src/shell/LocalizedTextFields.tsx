import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../lib/api/types';
import { useLanguage } from '../lib/useLanguage';
import { Fieldset } from './Fieldset';
import { InputField } from './InputField';

export const UI_TEXT_LANGUAGES = ['de', 'en', 'uk'] as const;
export type Texts = Record<(typeof UI_TEXT_LANGUAGES)[number], string>;

/** The German, English and Ukrainian texts of a value, for a form (other languages are kept as they are). */
export const textsOf = (value: LocalizedText | undefined | null): Texts => ({ de: value?.de ?? '', en: value?.en ?? '', uk: value?.uk ?? '' });

/** Only the languages with a text. */
export const filledTexts = (texts: Texts): LocalizedText => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));

interface Props<T extends LocalizedText> {
  legend: string;
  value: T;
  onChange: (value: T) => void;
  error?: string;
  required?: boolean;
  multiline?: boolean;
  /** Whether a required text says that one language is enough (plan-like forms leave it out). */
  languageHint?: boolean;
  /** Plan-like forms set the fields closer together. */
  compact?: boolean;
}

/** The UI language first, where a reader writes first and a missing text is marked, then the others. */
export const textLanguagesFor = (language: string) => [...UI_TEXT_LANGUAGES].sort((a, b) => Number(b === language) - Number(a === language));

/** One text in German, English and Ukrainian: a field per language, each marked with its lang. */
export function LocalizedTextFields<T extends LocalizedText>({ legend, value, onChange, error, required, multiline, languageHint = true, compact }: Props<T>) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Fieldset legend={legend} required={required} hint={required && languageHint && t('forms.oneLanguageEnough')} className={compact ? 'localized-fields' : undefined}>
      {textLanguagesFor(language).map((tag, index) => (
        <InputField
          key={tag}
          label={t(`forms.inLanguage.${tag}`)}
          lang={tag}
          value={value[tag] ?? ''}
          multiline={multiline}
          onChange={(text) => onChange({ ...value, [tag]: text })}
          error={index === 0 ? error : undefined}
        />
      ))}
    </Fieldset>
  );
}
