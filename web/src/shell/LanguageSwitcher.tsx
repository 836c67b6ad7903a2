import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ENDONYMS } from '../i18n/endonyms';
import { LANGUAGES } from '../i18n/languages';
import { useLanguage } from '../lib/useLanguage';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  const labelId = useId();
  return (
    <div className="language-switcher" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="language-switcher__label kern-label kern-label--small">
        <span className="kern-icon kern-icon--language kern-icon--small" aria-hidden="true" />
        {t('language.label')}
      </span>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="kern-btn kern-btn--tertiary kern-btn--x-small language-switcher__option"
          aria-pressed={language === current}
          onClick={() => void i18n.changeLanguage(language)}
        >
          <span className="kern-label">{ENDONYMS[language]}</span>
        </button>
      ))}
    </div>
  );
}
