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

/** The fields of a record holding a cell's value, and those holding a translated text. */
type CellKey<R> = { [K in keyof R & string]: R[K] extends Cell ? K : never }[keyof R & string];
type TextKey<R> = { [K in keyof R & string]: R[K] extends LocalizedText ? K : never }[keyof R & string];

/** `seatPlaceId` → `seat_place_id`: a record's field as the resource's field name. */
const fieldName = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * The columns of a resource of records `R`, each named after the record's field it holds
 * (`ref('seatPlaceId', …)` fills `seat_place_id`); a translated text gives one a language.
 */
function columnsOf<R extends { id: string }>() {
  const plain =
    (type: FieldType, format?: PackageField['format']) =>
    (key: CellKey<R>, description: string): Column<R> => ({ field: { name: fieldName(key), type, ...(format && { format }), description }, value: (record) => record[key] as Cell });
  return {
    id: (description: string): Column<R> => ({ field: { name: 'id', type: 'string', format: 'uuid', description }, value: (record) => record.id }),
    text: plain('string'),
    day: plain('date'),
    integer: plain('integer'),
    number: plain('number'),
    website: (key: CellKey<R>) => plain('string', 'uri')(key, 'Web site'),
    ref: (key: CellKey<R>, references: string, description: string): Column<R> => ({
      field: { name: fieldName(key), type: 'string', format: 'uuid', references, description },
      value: (record) => record[key] as Cell,
    }),
    /** `stem` names the fields where it differs from the record's field (`names` as `name_de`, `name_en`, `name_uk`). */
    translated: (key: TextKey<R>, what: string, stem = fieldName(key)): Column<R>[] =>
      (['de', 'en', 'uk'] as const).map((language) => ({
        field: { name: `${stem}_${language}`, type: 'string', description: `${what} in ${LANGUAGE_NAMES[language]}` },
        value: (record) => (record[key] as LocalizedText)[language] ?? null,
      })),
  };
}

/** A resource of records identified by their id, a row a record with the fields of its columns. */
function resource<R extends { id: string }>(name: string, title: string, description: string, records: R[], columnsFrom: (columns: ReturnType<typeof columnsOf<R>>) => (Column<R> | Column<R>[])[]): PackageResource {
  const columns = columnsFrom(columnsOf<R>()).flat();
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
    resource('themes', 'Themes', 'Fields of work in a hierarchy', themeRows, ({ id, text, translated, ref }) => [
      id('Theme'),
      text('slug', 'A stable key'),
      translated('name', 'Name'),
      ref('parentId', 'themes', 'The broader theme'),
    ]),
    resource('places', 'Places', 'Countries, municipalities, districts and quarters the other records refer to', placeRows, ({ id, text, translated, integer, number, ref }) => [
      id('Place'),
      text('kind', 'country, state, municipality, district, quarter or area'),
      text('name', 'The name as used locally'),
      translated('names', 'Name', 'name'),
      text('countryCode', 'ISO 3166-1 alpha-2'),
      integer('geonamesId', 'Identifier in GeoNames'),
      number('latitude', 'WGS 84'),
      number('longitude', 'WGS 84'),
      ref('parentId', 'places', 'The place this one lies in'),
    ]),
    resource('organizations', 'Organisations', 'Municipal offices, enterprises, ministries, agencies, networks, associations and firms', organizationRows, ({ id, text, translated, ref, website }) => [
      id('Organisation'),
      text('kind', 'The kind of organisation'),
      text('name', 'The name as used by the organisation'),
      translated('names', 'Name', 'name'),
      text('shortName', 'Abbreviation'),
      ref('seatPlaceId', 'places', 'The place of the seat'),
      text('countryCode', 'ISO 3166-1 alpha-2'),
      ref('parentId', 'organizations', 'The organisation this one belongs to'),
      website('website'),
      text('iatiIdentifier', 'Organisation identifier of the IATI standard'),
    ]),
    resource('people', 'People', 'People whose data may be published (held with consent or for a public task); no contact data', personRows, ({ id, text }) => [
      id('Person'),
      text('givenName', 'Given name'),
      text('familyName', 'Family name'),
      text('honorific', 'Title such as Dr.'),
    ]),
    resource('affiliations', 'Affiliations', 'A person’s role in an organisation over a period', affiliationRows, ({ id, ref, text, day }) => [
      id('Affiliation'),
      ref('personId', 'people', 'The person'),
      ref('organizationId', 'organizations', 'The organisation'),
      text('role', 'Role or position'),
      day('fromDate', 'Since'),
      day('toDate', 'Until'),
    ]),
    resource('partnerships', 'Partnerships', 'Twinnings, district, project and solidarity partnerships', partnershipRows, ({ id, text, translated, day, ref }) => [
      id('Partnership'),
      text('kind', 'The kind of partnership'),
      translated('title', 'Title'),
      day('since', 'Since (the first day of the year or month where only that is known)'),
      text('status', 'active, dormant or ended'),
      day('endedOn', 'Ended on'),
      ref('parentId', 'partnerships', 'The partnership this one is part of'),
    ]),
    resource('partnership_parties', 'Partnership parties', 'The places or organisations a partnership joins', partyRows, ({ id, ref }) => [
      id('Party'),
      ref('partnershipId', 'partnerships', 'The partnership'),
      ref('placeId', 'places', 'A place'),
      ref('organizationId', 'organizations', 'An organisation'),
    ]),
    resource('exchanges', 'Exchanges', 'Delegation visits, workshops, peer-learning trips, network meetings and conferences', exchangeRows, ({ id, text, translated, day, ref }) => [
      id('Exchange'),
      text('kind', 'The kind of exchange'),
      translated('title', 'Title'),
      day('startDate', 'First day'),
      day('endDate', 'Last day'),
      text('status', 'planned, confirmed, completed or cancelled'),
      ref('venuePlaceId', 'places', 'Where it takes place'),
      text('venueName', 'The venue'),
      ref('partnershipId', 'partnerships', 'The partnership it belongs to'),
    ]),
    resource('exchange_organizations', 'Organisations of exchanges', 'Who hosts, organises, implements, funds or supports an exchange', exchangeOrganizationRows, ({ id, ref, text }) => [
      id('Entry'),
      ref('exchangeId', 'exchanges', 'The exchange'),
      ref('organizationId', 'organizations', 'The organisation'),
      text('role', 'Role'),
    ]),
    resource('projects', 'Projects', 'Projects with their carrier, pilot area, period and budget', projectRows, ({ id, translated, text, ref, day, number }) => [
      id('Project'),
      translated('title', 'Title'),
      text('status', 'idea, planned, running, completed or discontinued'),
      ref('carrierOrganizationId', 'organizations', 'The carrying organisation'),
      ref('partnershipId', 'partnerships', 'The partnership it belongs to'),
      ref('pilotAreaPlaceId', 'places', 'The pilot area'),
      day('startDate', 'Start'),
      day('endDate', 'End'),
      number('budget', 'Total budget'),
      text('currency', 'ISO 4217'),
    ]),
    resource('funding_programmes', 'Funding programmes', 'Programmes of the EU, the federation, the states, municipalities and foundations', programmeRows, ({ id, translated, text, ref, day, website }) => [
      id('Programme'),
      translated('name', 'Name'),
      text('level', 'eu, national, state, municipal, foundation or international'),
      ref('funderOrganizationId', 'organizations', 'The funder'),
      day('periodStart', 'Start of the programme period'),
      day('periodEnd', 'End of the programme period'),
      website('website'),
    ]),
    resource('grants', 'Grants', 'Money of a programme for a project', grantRows, ({ id, ref, number, text, day }) => [
      id('Grant'),
      ref('programmeId', 'funding_programmes', 'The programme'),
      ref('projectId', 'projects', 'The project'),
      ref('recipientOrganizationId', 'organizations', 'The recipient'),
      number('amount', 'Amount'),
      text('currency', 'ISO 4217'),
      day('periodStart', 'Start of the funding period'),
      day('periodEnd', 'End of the funding period'),
      text('status', 'applied, approved, running, closed or rejected'),
    ]),
  ];
}
