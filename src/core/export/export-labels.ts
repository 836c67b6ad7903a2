import de from './labels/de.json' with { type: 'json' };
import en from './labels/en.json' with { type: 'json' };
import uk from './labels/uk.json' with { type: 'json' };
import { EXPORT_LANGUAGES, LOCALES, type ExportLanguage } from './export-language.js';

/**
 * The words every export writes, in each language of the app: column headers, file names, the
 * names of recorded codes (copied from the web app's translations under the same keys, so a file
 * says what the screen says), field names of the audit log. Imports read all three back.
 */
type Labels = typeof de;
const LABELS: Record<ExportLanguage, Labels> = { de, en, uk };

export type ColumnKey = keyof Labels['columns'];
export type FileKey = keyof Labels['files'];
export type ValueList = keyof Labels['values'];

export const labelsOf = (language: ExportLanguage): Labels => LABELS[language];

export const columnLabel = (key: ColumnKey, language: ExportLanguage): string => LABELS[language].columns[key];

export const fileWord = (key: FileKey, language: ExportLanguage): string => LABELS[language].files[key];

/** A recorded code by its name ("ngo" → "Nichtregierungsorganisation"); a code the app does not name stays as it is. */
export function valueLabel(list: ValueList, code: string | null | undefined, language: ExportLanguage): string {
  if (!code) return '';
  const names = LABELS[language].values[list] as Record<string, string>;
  return names[code] ?? code;
}

/** The kind of a record in the audit log ("organization" → "Organisation"). */
export function entityTypeLabel(entityType: string, language: ExportLanguage): string {
  return (LABELS[language].entityTypes as Record<string, string>)[entityType] ?? entityType;
}

/** A country by its name in the reader's language ("UA" → "Ukraine", "Україна"). */
export function countryName(code: string | null | undefined, language: ExportLanguage): string {
  if (!code) return '';
  // Kosovo has no ISO code of its own; XK is the one everybody uses.
  if (code.toUpperCase() === 'XK') return { de: 'Kosovo', en: 'Kosovo', uk: 'Косово' }[language];
  return new Intl.DisplayNames([LOCALES[language]], { type: 'region' }).of(code.toUpperCase()) ?? code;
}

/** A language by its name in the reader's language ("uk" → "Ukrainisch"). */
export function languageName(code: string, language: ExportLanguage): string {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Lists inside one cell: "Wohnen; Energie". Imports split on ; or |. */
export const listCellOf = (items: readonly string[]) => items.filter(Boolean).join('; ');

export { EXPORT_LANGUAGES };
