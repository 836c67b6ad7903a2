import type { CsvColumn } from '../../core/csv/csv-export.js';
import { columnLabel, languageName, listCellOf, valueLabel } from '../../core/export/export-labels.js';
import type { ExportLanguage } from '../../core/export/export-language.js';
import type { PersonSummary } from './people.schemas.js';

/**
 * The people list in the reader's language, headed as the people import reads it: languages and
 * visibility by name, current organizations by the name the import looks up, with the roles held there, no record ids.
 */
export function peopleColumns(language: ExportLanguage): CsvColumn<PersonSummary>[] {
  const header = (key: Parameters<typeof columnLabel>[0]) => columnLabel(key, language);
  return [
    { header: header('given_name'), value: (item) => item.givenName },
    { header: header('family_name'), value: (item) => item.familyName },
    { header: header('honorific'), value: (item) => item.honorific },
    { header: header('languages'), value: (item) => listCellOf(item.languages.map((code) => languageName(code, language))) },
    { header: header('organization'), value: (item) => listCellOf(item.current.map((entry) => entry.organization?.name ?? '')) },
    { header: header('role'), value: (item) => listCellOf(item.current.map((entry) => entry.role ?? '')) },
    { header: header('visibility'), value: (item) => valueLabel('enums.visibility', item.visibility, language) },
  ];
}
