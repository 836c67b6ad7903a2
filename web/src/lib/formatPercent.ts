import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';

/** A share from 0 to 1 as a whole percentage in the UI language ("42 %", "42%"). */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }).format(Math.floor(share * 100) / 100);
}
