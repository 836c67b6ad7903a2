import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/isLanguage';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';

/** The current UI language (re-renders when it changes). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(current) ? current : DEFAULT_LANGUAGE;
}
