import { useTranslation } from 'react-i18next';
import { ENDONYMS } from '../../i18n/endonyms';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { SelectField } from '../../shell/SelectField';

interface Props {
  id: string;
  value: Language;
  onChange: (language: Language) => void;
  hint?: string;
}

/** The language for the interface and e-mails, each named in itself. */
export function LanguageField({ id, value, onChange, hint }: Props) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t('account.language')}
      hint={hint}
      value={value}
      options={LANGUAGES.map((language) => ({ value: language, label: ENDONYMS[language], lang: language }))}
      onChange={(chosen) => onChange(LANGUAGES.find((language) => language === chosen) ?? value)}
    />
  );
}
