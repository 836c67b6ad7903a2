import type { LocalizedText } from '../../core/db/columns.js';
import type { ExportLanguage } from '../../core/export/export-language.js';
import type { PublishedAffiliationRow as PopoloAffiliationRow, PublishedOrganizationRow as PopoloOrganizationRow, PublishedPersonRow as PopoloPersonRow } from '../actors/actors.service.js';
import type { ExchangeRow } from '../exchanges/exchanges.service.js';

type PopoloExchangeRow = ExchangeRow & { venue: { name: string; names: Record<string, string> } | null };

/** Popolo's date-time: seconds, no fraction. */
const dateTime = (value: Date) => value.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The text in the language asked for, else in any other it has. */
function inLanguage(text: LocalizedText, language: ExportLanguage): string | null {
  const value = text[language]?.trim() || Object.values(text).find((candidate) => candidate.trim() !== '')?.trim();
  return value || null;
}

/** The translations besides the name shown, each noted with its language. */
function otherNames(shown: string, names: LocalizedText, extra: string[] = []) {
  const others = Object.entries(names)
    .filter(([, name]) => name.trim() !== '' && name.trim() !== shown)
    .map(([language, name]) => ({ name: name.trim(), note: `lang:${language}` }));
  for (const name of extra) if (name.trim() !== '' && name.trim() !== shown && !others.some((other) => other.name === name.trim())) others.push({ name: name.trim(), note: 'local' });
  return others;
}

export function presentPopoloOrganization(row: PopoloOrganizationRow, language: ExportLanguage) {
  const name = row.names[language]?.trim() || row.name;
  const contactDetails = [
    row.email ? { type: 'email', value: row.email } : null,
    row.phone ? { type: 'voice', value: row.phone } : null,
    row.address ? { type: 'address', value: row.address } : null,
  ].filter((detail) => detail !== null);
  return {
    id: row.id,
    name,
    other_names: [...otherNames(name, row.names, [row.name]), ...(row.shortName ? [{ name: row.shortName, note: 'short' }] : [])],
    identifiers: row.iatiIdentifier ? [{ identifier: row.iatiIdentifier, scheme: 'IATI' }] : [],
    classification: row.kind,
    parent_id: row.parentId,
    area_id: row.seatPlaceId,
    description: inLanguage(row.description, language),
    contact_details: contactDetails,
    links: row.website ? [{ url: row.website, note: 'website' }] : [],
    created_at: dateTime(row.createdAt),
    updated_at: dateTime(row.updatedAt),
  };
}

export function presentPopoloPerson(row: PopoloPersonRow) {
  return {
    id: row.id,
    name: `${row.givenName} ${row.familyName}`.trim(),
    given_name: row.givenName,
    family_name: row.familyName,
    sort_name: `${row.familyName}, ${row.givenName}`,
    honorific_prefix: row.honorific,
    created_at: dateTime(row.createdAt),
    updated_at: dateTime(row.updatedAt),
  };
}

export function presentPopoloMembership(row: PopoloAffiliationRow) {
  return {
    id: row.id,
    person_id: row.personId,
    organization_id: row.organizationId,
    role: row.role,
    start_date: row.fromDate,
    end_date: row.toDate,
  };
}

export function presentPopoloEvent(row: PopoloExchangeRow, hostOrganizationId: string | null, language: ExportLanguage) {
  const venue = row.venue ? row.venue.names[language]?.trim() || row.venue.name : null;
  return {
    id: row.id,
    name: inLanguage(row.title, language),
    description: inLanguage(row.description, language),
    start_date: row.startDate,
    end_date: row.endDate,
    location: [row.venueName, venue].filter(Boolean).join(', ') || null,
    status: row.status,
    classification: row.kind,
    organization_id: hostOrganizationId,
    created_at: dateTime(row.createdAt),
    updated_at: dateTime(row.updatedAt),
  };
}
