import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}
