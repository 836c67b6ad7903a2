import type { CsvColumn } from '../../core/csv/csv-export.js';
import { columnLabel, countryName, valueLabel } from '../../core/export/export-labels.js';
import { localDateTime, type ExportLanguage } from '../../core/export/export-language.js';
import { nameInLanguage } from '../../core/text/name-in-language.js';
import type { Registration } from './registrations.schemas.js';

/**
 * The columns of the participant list in the reader's language: translated headers, states and
 * kinds by their names, countries by name, moments in the exchange's time zone.
 */
export function participantColumns(language: ExportLanguage, timeZone: string, delegationNames: Map<string, string>): CsvColumn<Registration>[] {
  const moment = (value: string | null) => localDateTime(value, language, timeZone);
  const header = (key: Parameters<typeof columnLabel>[0]) => columnLabel(key, language);
  return [
    { header: header('family_name'), value: (item) => item.person?.familyName },
    { header: header('given_name'), value: (item) => item.person?.givenName },
    { header: header('organization'), value: (item) => (item.organization ? nameInLanguage(item.organization.names, item.organization.name, language) : '') },
    { header: header('organization_kind'), value: (item) => valueLabel('enums.organizationKind', item.organization?.kind, language) },
    { header: header('country'), value: (item) => countryName(item.countryCode, language) },
    { header: header('delegation'), value: (item) => (item.delegationId ? delegationNames.get(item.delegationId) : '') },
    { header: header('state'), value: (item) => valueLabel('enums.registrationState', item.state, language) },
    { header: header('registered_at'), value: (item) => moment(item.registeredAt) },
    { header: header('confirmed_at'), value: (item) => moment(item.confirmedAt) },
    { header: header('checked_in_at'), value: (item) => moment(item.checkedInAt) },
    { header: header('email'), value: (item) => item.email },
    { header: header('note'), value: (item) => item.note },
  ];
}
