import { localeOf } from '../i18n/localeOf';
import type { Language } from '../i18n/languages';

/** A moment in the UI locale and the browser's time zone, e.g. "21. Nov. 2026, 10:22". */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
