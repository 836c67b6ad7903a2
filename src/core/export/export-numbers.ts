import { LOCALES, type ExportLanguage } from './export-language.js';

/** A number as the reader's spreadsheet reads it: "51,3397" in German and Ukrainian, without thousands separators. */
export function localNumber(value: number | null | undefined, language: ExportLanguage, fractionDigits = 6): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(LOCALES[language], { useGrouping: false, maximumFractionDigits: fractionDigits }).format(value);
}
