import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../lib/api/types';
import { InputField } from '../../shell/InputField';

const LANGUAGES = ['de', 'en', 'uk'] as const;

interface Props {
  legend: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  error?: string;
  multiline?: boolean;
  required?: boolean;
}

/** One text in German, English and Ukrainian: a field per language in a fieldset. */
export function LocalizedTextFields({ legend, value, onChange, error, multiline, required }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="kern-fieldset localized-fields">
      <legend className="kern-label">
        {legend}
        {required && <span className="kern-label__optional"> *</span>}
      </legend>
      <div className="kern-fieldset__body">
        {LANGUAGES.map((language, index) => (
          <InputField
            key={language}
            label={t(`plans.inLanguage.${language}`)}
            lang={language}
            value={value[language] ?? ''}
            multiline={multiline}
            error={index === 0 ? error : undefined}
            onChange={(text) => onChange({ ...value, [language]: text })}
          />
        ))}
      </div>
    </fieldset>
  );
}
