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

const id = (description: string): PackageField => ({ name: 'id', type: 'string', format: 'uuid', description });
const ref = (name: string, references: string, description: string): PackageField => ({ name, type: 'string', format: 'uuid', references, description });
const text = (name: string, description: string): PackageField => ({ name, type: 'string', description });
const day = (name: string, description: string): PackageField => ({ name, type: 'date', description });
const translated = (stem: string, what: string): PackageField[] =>
  (['de', 'en', 'uk'] as const).map((language) => text(`${stem}_${language}`, `${what} in ${{ de: 'German', en: 'English', uk: 'Ukrainian' }[language]}`));
const inLanguages = (stem: string, value: LocalizedText): Row => ({ [`${stem}_de`]: value.de ?? null, [`${stem}_en`]: value.en ?? null, [`${stem}_uk`]: value.uk ?? null });

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
    {
      name: 'themes',
      title: 'Themes',
      description: 'Fields of work in a hierarchy',
      primaryKey: ['id'],
      fields: [id('Theme'), text('slug', 'A stable key'), ...translated('name', 'Name'), ref('parent_id', 'themes', 'The broader theme')],
      rows: themeRows.map((row) => ({ id: row.id, slug: row.slug, ...inLanguages('name', row.name), parent_id: row.parentId })),
    },
    {
      name: 'places',
      title: 'Places',
      description: 'Countries, municipalities, districts and quarters the other records refer to',
      primaryKey: ['id'],
      fields: [
        id('Place'),
        text('kind', 'country, state, municipality, district, quarter or area'),
        text('name', 'The name as used locally'),
        ...translated('name', 'Name'),
        text('country_code', 'ISO 3166-1 alpha-2'),
        { name: 'geonames_id', type: 'integer', description: 'Identifier in GeoNames' },
        { name: 'latitude', type: 'number', description: 'WGS 84' },
        { name: 'longitude', type: 'number', description: 'WGS 84' },
        ref('parent_id', 'places', 'The place this one lies in'),
      ],
      rows: placeRows.map((row) => ({
        id: row.id,
        kind: row.kind,
        name: row.name,
        ...inLanguages('name', row.names),
        country_code: row.countryCode,
        geonames_id: row.geonamesId,
        latitude: row.latitude,
        longitude: row.longitude,
        parent_id: row.parentId,
      })),
    },
    {
      name: 'organizations',
      title: 'Organisations',
      description: 'Municipal offices, enterprises, ministries, agencies, networks, associations and firms',
      primaryKey: ['id'],
      fields: [
        id('Organisation'),
        text('kind', 'The kind of organisation'),
        text('name', 'The name as used by the organisation'),
        ...translated('name', 'Name'),
        text('short_name', 'Abbreviation'),
        ref('seat_place_id', 'places', 'The place of the seat'),
        text('country_code', 'ISO 3166-1 alpha-2'),
        ref('parent_id', 'organizations', 'The organisation this one belongs to'),
        { name: 'website', type: 'string', format: 'uri', description: 'Web site' },
        text('iati_identifier', 'Organisation identifier of the IATI standard'),
      ],
      rows: organizationRows.map((row) => ({
        id: row.id,
        kind: row.kind,
        name: row.name,
        ...inLanguages('name', row.names),
        short_name: row.shortName,
        seat_place_id: row.seatPlaceId,
        country_code: row.countryCode,
        parent_id: row.parentId,
        website: row.website,
        iati_identifier: row.iatiIdentifier,
      })),
    },
    {
      name: 'people',
      title: 'People',
      description: 'People whose data may be published (held with consent or for a public task); no contact data',
      primaryKey: ['id'],
      fields: [id('Person'), text('given_name', 'Given name'), text('family_name', 'Family name'), text('honorific', 'Title such as Dr.')],
      rows: personRows.map((row) => ({ id: row.id, given_name: row.givenName, family_name: row.familyName, honorific: row.honorific })),
    },
    {
      name: 'affiliations',
      title: 'Affiliations',
      description: 'A person’s role in an organisation over a period',
      primaryKey: ['id'],
      fields: [
        id('Affiliation'),
        ref('person_id', 'people', 'The person'),
        ref('organization_id', 'organizations', 'The organisation'),
        text('role', 'Role or position'),
        day('from_date', 'Since'),
        day('to_date', 'Until'),
      ],
      rows: affiliationRows.map((row) => ({ id: row.id, person_id: row.personId, organization_id: row.organizationId, role: row.role, from_date: row.fromDate, to_date: row.toDate })),
    },
    {
      name: 'partnerships',
      title: 'Partnerships',
      description: 'Twinnings, district, project and solidarity partnerships',
      primaryKey: ['id'],
      fields: [
        id('Partnership'),
        text('kind', 'The kind of partnership'),
        ...translated('title', 'Title'),
        day('since', 'Since (the first day of the year or month where only that is known)'),
        text('status', 'active, dormant or ended'),
        day('ended_on', 'Ended on'),
        ref('parent_id', 'partnerships', 'The partnership this one is part of'),
      ],
      rows: partnershipRows.map((row) => ({
        id: row.id,
        kind: row.kind,
        ...inLanguages('title', row.title),
        since: row.since,
        status: row.status,
        ended_on: row.endedOn,
        parent_id: row.parentId,
      })),
    },
    {
      name: 'partnership_parties',
      title: 'Partnership parties',
      description: 'The places or organisations a partnership joins',
      primaryKey: ['id'],
      fields: [id('Party'), ref('partnership_id', 'partnerships', 'The partnership'), ref('place_id', 'places', 'A place'), ref('organization_id', 'organizations', 'An organisation')],
      rows: partyRows.map((row) => ({ id: row.id, partnership_id: row.partnershipId, place_id: row.placeId, organization_id: row.organizationId })),
    },
    {
      name: 'exchanges',
      title: 'Exchanges',
      description: 'Delegation visits, workshops, peer-learning trips, network meetings and conferences',
      primaryKey: ['id'],
      fields: [
        id('Exchange'),
        text('kind', 'The kind of exchange'),
        ...translated('title', 'Title'),
        day('start_date', 'First day'),
        day('end_date', 'Last day'),
        text('status', 'planned, confirmed, completed or cancelled'),
        ref('venue_place_id', 'places', 'Where it takes place'),
        text('venue_name', 'The venue'),
        ref('partnership_id', 'partnerships', 'The partnership it belongs to'),
      ],
      rows: exchangeRows.map((row) => ({
        id: row.id,
        kind: row.kind,
        ...inLanguages('title', row.title),
        start_date: row.startDate,
        end_date: row.endDate,
        status: row.status,
        venue_place_id: row.venuePlaceId,
        venue_name: row.venueName,
        partnership_id: row.partnershipId,
      })),
    },
    {
      name: 'exchange_organizations',
      title: 'Organisations of exchanges',
      description: 'Who hosts, organises, implements, funds or supports an exchange',
      primaryKey: ['id'],
      fields: [id('Entry'), ref('exchange_id', 'exchanges', 'The exchange'), ref('organization_id', 'organizations', 'The organisation'), text('role', 'Role')],
      rows: exchangeOrganizationRows.map((row) => ({ id: row.id, exchange_id: row.exchangeId, organization_id: row.organizationId, role: row.role })),
    },
    {
      name: 'projects',
      title: 'Projects',
      description: 'Projects with their carrier, pilot area, period and budget',
      primaryKey: ['id'],
      fields: [
        id('Project'),
        ...translated('title', 'Title'),
        text('status', 'idea, planned, running, completed or discontinued'),
        ref('carrier_organization_id', 'organizations', 'The carrying organisation'),
        ref('partnership_id', 'partnerships', 'The partnership it belongs to'),
        ref('pilot_area_place_id', 'places', 'The pilot area'),
        day('start_date', 'Start'),
        day('end_date', 'End'),
        { name: 'budget', type: 'number', description: 'Total budget' },
        text('currency', 'ISO 4217'),
      ],
      rows: projectRows.map((row) => ({
        id: row.id,
        ...inLanguages('title', row.title),
        status: row.status,
        carrier_organization_id: row.carrierOrganizationId,
        partnership_id: row.partnershipId,
        pilot_area_place_id: row.pilotAreaPlaceId,
        start_date: row.startDate,
        end_date: row.endDate,
        budget: row.budget,
        currency: row.currency,
      })),
    },
    {
      name: 'funding_programmes',
      title: 'Funding programmes',
      description: 'Programmes of the EU, the federation, the states, municipalities and foundations',
      primaryKey: ['id'],
      fields: [
        id('Programme'),
        ...translated('name', 'Name'),
        text('level', 'eu, national, state, municipal, foundation or international'),
        ref('funder_organization_id', 'organizations', 'The funder'),
        day('period_start', 'Start of the programme period'),
        day('period_end', 'End of the programme period'),
        { name: 'website', type: 'string', format: 'uri', description: 'Web site' },
      ],
      rows: programmeRows.map((row) => ({
        id: row.id,
        ...inLanguages('name', row.name),
        level: row.level,
        funder_organization_id: row.funderOrganizationId,
        period_start: row.periodStart,
        period_end: row.periodEnd,
        website: row.website,
      })),
    },
    {
      name: 'grants',
      title: 'Grants',
      description: 'Money of a programme for a project',
      primaryKey: ['id'],
      fields: [
        id('Grant'),
        ref('programme_id', 'funding_programmes', 'The programme'),
        ref('project_id', 'projects', 'The project'),
        ref('recipient_organization_id', 'organizations', 'The recipient'),
        { name: 'amount', type: 'number', description: 'Amount' },
        text('currency', 'ISO 4217'),
        day('period_start', 'Start of the funding period'),
        day('period_end', 'End of the funding period'),
        text('status', 'applied, approved, running, closed or rejected'),
      ],
      rows: grantRows.map((row) => ({
        id: row.id,
        programme_id: row.programmeId,
        project_id: row.projectId,
        recipient_organization_id: row.recipientOrganizationId,
        amount: row.amount,
        currency: row.currency,
        period_start: row.periodStart,
        period_end: row.periodEnd,
        status: row.status,
      })),
    },
  ];
}
