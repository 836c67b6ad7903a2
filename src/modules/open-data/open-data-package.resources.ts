import type { LocalizedText } from '../../core/db/columns.js';
import type { ServiceContext } from '../../core/service-context.js';
import { listPublicOrganizationsForExport, listPublicPeopleForExport } from '../actors/actors.service.js';
import { listPublicExchangesForExport } from '../exchanges/exchanges.service.js';
import { listPublicFundingForExport } from '../funding/funding-exports.service.js';
import { listPublicPartnershipsForExport } from '../partnerships/partnerships.service.js';
import { listPublicPlacesForExport } from '../places/places.service.js';
import { listPublicProjectsForExport } from '../projects/projects.service.js';
import { listPublicThemesForExport } from '../themes/themes.service.js';

export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface PackageField {
  name: string;
  type: FieldType;
  format?: 'uuid' | 'uri';
  description: string;
  /** The resource whose `id` this field refers to. */
  references?: string;
}

export interface PackageResource {
  name: string;
  title: string;
  description: string;
  fields: PackageField[];
  /** Fields that together identify a row, when there is no `id`. */
  primaryKey: string[];
  rows: Row[];
}

/** A field of a resource and how a record fills it. */
interface Column<Record> {
  field: PackageField;
  value: (record: Record) => Cell;
}

const LANGUAGE_NAMES = { de: 'German', en: 'English', uk: 'Ukrainian' } as const;

const column = <R>(field: PackageField, value: (record: R) => Cell): Column<R> => ({ field, value });
const id = <R extends { id: string }>(description: string): Column<R> => column({ name: 'id', type: 'string', format: 'uuid', description }, (record) => record.id);
const ref = <R>(name: string, references: string, description: string, value: (record: R) => Cell): Column<R> =>
  column({ name, type: 'string', format: 'uuid', references, description }, value);
const text = <R>(name: string, description: string, value: (record: R) => Cell): Column<R> => column({ name, type: 'string', description }, value);
const day = <R>(name: string, description: string, value: (record: R) => Cell): Column<R> => column({ name, type: 'date', description }, value);
const website = <R>(value: (record: R) => Cell): Column<R> => column({ name: 'website', type: 'string', format: 'uri', description: 'Web site' }, value);
const translated = <R>(stem: string, what: string, value: (record: R) => LocalizedText): Column<R>[] =>
  (['de', 'en', 'uk'] as const).map((language) => text(`${stem}_${language}`, `${what} in ${LANGUAGE_NAMES[language]}`, (record) => value(record)[language] ?? null));

/** A resource of records identified by their id, a row a record with the fields of its columns (a translated text gives one a language). */
function resource<R>(name: string, title: string, description: string, records: R[], columnsAndGroups: (Column<R> | Column<R>[])[]): PackageResource {
  const columns = columnsAndGroups.flat();
  return {
    name,
    title,
    description,
    primaryKey: ['id'],
    fields: columns.map((column) => column.field),
    rows: records.map((record) => Object.fromEntries(columns.map((column) => [column.field.name, column.value(record)]))),
  };
}

/**
 * Every public record of the kinds below, and the places and themes they refer to. Records an
 * exported row links to but that are not public are left out, and the link is left empty.
 */
export async function readPackageResources(ctx: ServiceContext): Promise<PackageResource[]> {
  const organizationRows = await listPublicOrganizationsForExport(ctx);
  const { people: personRows, affiliations: affiliationRows } = await listPublicPeopleForExport(ctx);
  const { partnerships: partnershipRows, parties: partyRows } = await listPublicPartnershipsForExport(ctx);
  const { exchanges: exchangeRows, organizations: exchangeOrganizationRows } = await listPublicExchangesForExport(ctx);
  const projectRows = await listPublicProjectsForExport(ctx);
  const { programmes: programmeRows, grants: grantRows } = await listPublicFundingForExport(ctx);
  const themeRows = await listPublicThemesForExport(ctx);

  const referencedPlaces = new Set<string>();
  for (const value of [
    ...organizationRows.map((row) => row.seatPlaceId),
    ...partyRows.map((row) => row.placeId),
    ...exchangeRows.map((row) => row.venuePlaceId),
    ...projectRows.map((row) => row.pilotAreaPlaceId),
  ]) {
    if (value) referencedPlaces.add(value);
  }
  const placeRows = await listPublicPlacesForExport(ctx, [...referencedPlaces]);

  return [
    resource('themes', 'Themes', 'Fields of work in a hierarchy', themeRows, [
      id('Theme'),
      text('slug', 'A stable key', (row) => row.slug),
      translated('name', 'Name', (row) => row.name),
      ref('parent_id', 'themes', 'The broader theme', (row) => row.parentId),
    ]),
    resource('places', 'Places', 'Countries, municipalities, districts and quarters the other records refer to', placeRows, [
      id('Place'),
      text('kind', 'country, state, municipality, district, quarter or area', (row) => row.kind),
      text('name', 'The name as used locally', (row) => row.name),
      translated('name', 'Name', (row) => row.names),
      text('country_code', 'ISO 3166-1 alpha-2', (row) => row.countryCode),
      column({ name: 'geonames_id', type: 'integer', description: 'Identifier in GeoNames' }, (row) => row.geonamesId),
      column({ name: 'latitude', type: 'number', description: 'WGS 84' }, (row) => row.latitude),
      column({ name: 'longitude', type: 'number', description: 'WGS 84' }, (row) => row.longitude),
      ref('parent_id', 'places', 'The place this one lies in', (row) => row.parentId),
    ]),
    resource('organizations', 'Organisations', 'Municipal offices, enterprises, ministries, agencies, networks, associations and firms', organizationRows, [
      id('Organisation'),
      text('kind', 'The kind of organisation', (row) => row.kind),
      text('name', 'The name as used by the organisation', (row) => row.name),
      translated('name', 'Name', (row) => row.names),
      text('short_name', 'Abbreviation', (row) => row.shortName),
      ref('seat_place_id', 'places', 'The place of the seat', (row) => row.seatPlaceId),
      text('country_code', 'ISO 3166-1 alpha-2', (row) => row.countryCode),
      ref('parent_id', 'organizations', 'The organisation this one belongs to', (row) => row.parentId),
      website((row) => row.website),
      text('iati_identifier', 'Organisation identifier of the IATI standard', (row) => row.iatiIdentifier),
    ]),
    resource('people', 'People', 'People whose data may be published (held with consent or for a public task); no contact data', personRows, [
      id('Person'),
      text('given_name', 'Given name', (row) => row.givenName),
      text('family_name', 'Family name', (row) => row.familyName),
      text('honorific', 'Title such as Dr.', (row) => row.honorific),
    ]),
    resource('affiliations', 'Affiliations', 'A person’s role in an organisation over a period', affiliationRows, [
      id('Affiliation'),
      ref('person_id', 'people', 'The person', (row) => row.personId),
      ref('organization_id', 'organizations', 'The organisation', (row) => row.organizationId),
      text('role', 'Role or position', (row) => row.role),
      day('from_date', 'Since', (row) => row.fromDate),
      day('to_date', 'Until', (row) => row.toDate),
    ]),
    resource('partnerships', 'Partnerships', 'Twinnings, district, project and solidarity partnerships', partnershipRows, [
      id('Partnership'),
      text('kind', 'The kind of partnership', (row) => row.kind),
      translated('title', 'Title', (row) => row.title),
      day('since', 'Since (the first day of the year or month where only that is known)', (row) => row.since),
      text('status', 'active, dormant or ended', (row) => row.status),
      day('ended_on', 'Ended on', (row) => row.endedOn),
      ref('parent_id', 'partnerships', 'The partnership this one is part of', (row) => row.parentId),
    ]),
    resource('partnership_parties', 'Partnership parties', 'The places or organisations a partnership joins', partyRows, [
      id('Party'),
      ref('partnership_id', 'partnerships', 'The partnership', (row) => row.partnershipId),
      ref('place_id', 'places', 'A place', (row) => row.placeId),
      ref('organization_id', 'organizations', 'An organisation', (row) => row.organizationId),
    ]),
    resource('exchanges', 'Exchanges', 'Delegation visits, workshops, peer-learning trips, network meetings and conferences', exchangeRows, [
      id('Exchange'),
      text('kind', 'The kind of exchange', (row) => row.kind),
      translated('title', 'Title', (row) => row.title),
      day('start_date', 'First day', (row) => row.startDate),
      day('end_date', 'Last day', (row) => row.endDate),
      text('status', 'planned, confirmed, completed or cancelled', (row) => row.status),
      ref('venue_place_id', 'places', 'Where it takes place', (row) => row.venuePlaceId),
      text('venue_name', 'The venue', (row) => row.venueName),
      ref('partnership_id', 'partnerships', 'The partnership it belongs to', (row) => row.partnershipId),
    ]),
    resource('exchange_organizations', 'Organisations of exchanges', 'Who hosts, organises, implements, funds or supports an exchange', exchangeOrganizationRows, [
      id('Entry'),
      ref('exchange_id', 'exchanges', 'The exchange', (row) => row.exchangeId),
      ref('organization_id', 'organizations', 'The organisation', (row) => row.organizationId),
      text('role', 'Role', (row) => row.role),
    ]),
    resource('projects', 'Projects', 'Projects with their carrier, pilot area, period and budget', projectRows, [
      id('Project'),
      translated('title', 'Title', (row) => row.title),
      text('status', 'idea, planned, running, completed or discontinued', (row) => row.status),
      ref('carrier_organization_id', 'organizations', 'The carrying organisation', (row) => row.carrierOrganizationId),
      ref('partnership_id', 'partnerships', 'The partnership it belongs to', (row) => row.partnershipId),
      ref('pilot_area_place_id', 'places', 'The pilot area', (row) => row.pilotAreaPlaceId),
      day('start_date', 'Start', (row) => row.startDate),
      day('end_date', 'End', (row) => row.endDate),
      column({ name: 'budget', type: 'number', description: 'Total budget' }, (row) => row.budget),
      text('currency', 'ISO 4217', (row) => row.currency),
    ]),
    resource('funding_programmes', 'Funding programmes', 'Programmes of the EU, the federation, the states, municipalities and foundations', programmeRows, [
      id('Programme'),
      translated('name', 'Name', (row) => row.name),
      text('level', 'eu, national, state, municipal, foundation or international', (row) => row.level),
      ref('funder_organization_id', 'organizations', 'The funder', (row) => row.funderOrganizationId),
      day('period_start', 'Start of the programme period', (row) => row.periodStart),
      day('period_end', 'End of the programme period', (row) => row.periodEnd),
      website((row) => row.website),
    ]),
    resource('grants', 'Grants', 'Money of a programme for a project', grantRows, [
      id('Grant'),
      ref('programme_id', 'funding_programmes', 'The programme', (row) => row.programmeId),
      ref('project_id', 'projects', 'The project', (row) => row.projectId),
      ref('recipient_organization_id', 'organizations', 'The recipient', (row) => row.recipientOrganizationId),
      column({ name: 'amount', type: 'number', description: 'Amount' }, (row) => row.amount),
      text('currency', 'ISO 4217', (row) => row.currency),
      day('period_start', 'Start of the funding period', (row) => row.periodStart),
      day('period_end', 'End of the funding period', (row) => row.periodEnd),
      text('status', 'applied, approved, running, closed or rejected', (row) => row.status),
    ]),
  ];
}
