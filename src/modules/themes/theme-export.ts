import type { CsvColumn } from '../../core/csv/csv-export.js';
import { columnLabel } from '../../core/export/export-labels.js';
import type { ExportLanguage } from '../../core/export/export-language.js';
import { nameInLanguage } from '../../core/text/name-in-language.js';
import type { ThemeSummary } from './themes.schemas.js';

/**
 * The taxonomy in the reader's language, in tree order: each theme by its name, its names in
 * every language, the theme above by name, and the short address imports may name it by.
 */
export function themeColumns(language: ExportLanguage, themes: ThemeSummary[]): CsvColumn<ThemeSummary>[] {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const header = (key: Parameters<typeof columnLabel>[0]) => columnLabel(key, language);
  const nameOf = (theme: ThemeSummary | undefined) => (theme ? nameInLanguage(theme.name, theme.slug, language) : '');
  return [
    { header: header('name'), value: (theme) => nameOf(theme) },
    { header: header('parent'), value: (theme) => (theme.parentId ? nameOf(byId.get(theme.parentId)) : '') },
    { header: header('name_de'), value: (theme) => theme.name.de },
    { header: header('name_en'), value: (theme) => theme.name.en },
    { header: header('name_uk'), value: (theme) => theme.name.uk },
    { header: header('slug'), value: (theme) => theme.slug },
  ];
}
