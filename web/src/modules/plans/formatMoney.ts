import { localeOf } from '../../i18n/localeOf';
import type { Language } from '../../i18n/languages';

/** An amount in its currency, in the UI locale: "12.000,00 €", "€12,000.00", "12 000,00 €". */
export function formatMoney(amount: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency }).format(amount);
}
