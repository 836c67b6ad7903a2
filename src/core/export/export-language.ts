import type { FastifyRequest } from 'fastify';

export const EXPORT_LANGUAGES = ['de', 'en', 'uk'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

const isExportLanguage = (value: string): value is ExportLanguage => (EXPORT_LANGUAGES as readonly string[]).includes(value);

/**
 * The language of a file someone downloads: `?lang=` when given, else the first language of the
 * browser's `Accept-Language` that the app speaks, else German.
 */
export function exportLanguageOf(request: FastifyRequest, explicit?: string): ExportLanguage {
  if (explicit && isExportLanguage(explicit)) return explicit;
  const header = request.headers['accept-language'] ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = Number(parameters.find((parameter) => parameter.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { language: tag.trim().slice(0, 2).toLowerCase(), quality: Number.isFinite(quality) ? quality : 0 };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  return ranked.map((entry) => entry.language).find(isExportLanguage) ?? 'de';
}

const TIME_ZONE = 'Europe/Berlin';

/** A moment as people there read it: "28.11.2023, 09:30" (Europe/Berlin unless told otherwise). */
export function localDateTime(value: string | Date | null | undefined, language: ExportLanguage, timeZone = TIME_ZONE): string {
  if (!value) return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** A day ("2023-11-28") in the reader's format ("28.11.2023"). */
export function localDate(day: string | null | undefined, language: ExportLanguage): string {
  if (!day) return '';
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export const LOCALES: Record<ExportLanguage, string> = { de: 'de-DE', en: 'en-GB', uk: 'uk-UA' };
