import type { CsvColumn } from '../../core/csv/csv-export.js';
import { columnLabel, countryName, listCellOf, valueLabel } from '../../core/export/export-labels.js';
import type { ExportLanguage } from '../../core/export/export-language.js';
import { nameInLanguage } from '../../core/text/name-in-language.js';
import type { OrganizationSummary } from './organizations.schemas.js';

/**
 * The organization list in the reader's language, with the columns the organization import reads
 * back: kinds, countries and visibility by name, seat and themes by their names, no record ids.
 */
export function organizationColumns(language: ExportLanguage): CsvColumn<OrganizationSummary>[] {
  const header = (key: Parameters<typeof columnLabel>[0]) => columnLabel(key, language);
  return [
    { header: header('name'), value: (item) => item.name },
    { header: header('short_name'), value: (item) => item.shortName },
    { header: header('kind'), value: (item) => valueLabel('enums.organizationKind', item.kind, language) },
    { header: header('name_de'), value: (item) => item.names.de },
    { header: header('name_en'), value: (item) => item.names.en },
    { header: header('name_uk'), value: (item) => item.names.uk },
    { header: header('country'), value: (item) => countryName(item.countryCode, language) },
    { header: header('seat'), value: (item) => (item.seat ? nameInLanguage(item.seat.names, item.seat.name, language) : '') },
    { header: header('seat_country'), value: (item) => countryName(item.seat?.countryCode, language) },
    { header: header('themes'), value: (item) => listCellOf(item.themes.map((theme) => nameInLanguage(theme.name, theme.slug, language))) },
    { header: header('visibility'), value: (item) => valueLabel('enums.visibility', item.visibility, language) },
  ];
}
