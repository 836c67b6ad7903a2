import type { LocalizedText } from '../../core/db/columns.js';
import { domainError, invalidField } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRowsForReport, type PublishedOrganizationRow } from '../actors/actors.service.js';
import { fundedProjectsAndMeasures, grantsAndExpendituresForReport, type ExpenditureRow, type ReportedGrantRow } from '../funding/funding-exports.service.js';
import { partiesAndThemesForReport } from '../partnerships/partnerships.service.js';
import { placeRowsForReport } from '../places/places.service.js';
import { measuresForReport, type ReportedMeasureRow } from '../plans/plan-reports.service.js';
import { projectPartnersForReport, projectsForReport } from '../projects/projects.service.js';
import { themeTreeForReport } from '../themes/themes.service.js';
import { workspaceRefsByIds } from '../workspaces/workspace-refs.service.js';
import {
  ACTIVITY_DATE,
  ACTIVITY_STATUS_OF_PLAN,
  ACTIVITY_STATUS_OF_PROJECT,
  BUDGET_STATUS,
  DAC_SECTOR_OF_THEME,
  DEFAULT_DAC_SECTOR,
  ORGANISATION_ROLE,
  ORGANISATION_TYPE_OF_KIND,
  RELATED_ACTIVITY,
  ROLE_OF_PROJECT_PARTNER,
  TRANSACTION_TYPE,
} from './iati-codes.js';
import { presentIatiActivities, UNSTATED_LANGUAGE, type IatiActivity, type IatiOrganisation, type IatiTransaction } from './iati.presenter.js';
import type { IatiActivitiesQuery } from './iati.schemas.js';

type ReportedOrganizationRow = PublishedOrganizationRow;
type ReportedPlaceRow = Awaited<ReturnType<typeof placeRowsForReport>>[number];
type ReportedProjectRow = Awaited<ReturnType<typeof projectsForReport>>[number];
type ReportedExpenditureRow = ExpenditureRow;

export interface IatiFile {
  xml: string;
  activities: number;
  /** Projects left out because they have neither a start nor an end date, which the standard requires. */
  withoutDates: number;
}

interface Lookups {
  organizations: Map<string, ReportedOrganizationRow>;
  places: Map<string, ReportedPlaceRow>;
  workspaces: Map<string, { slug: string; name: string }>;
  partnershipCountries: Map<string, string[]>;
  partnershipSectors: Map<string, string[]>;
  grants: ReportedGrantRow[];
  expenditures: ReportedExpenditureRow[];
}

const today = () => new Date().toISOString().slice(0, 10);
const unique = <T>(values: (T | null | undefined)[]) => [...new Set(values.filter((value): value is T => value !== null && value !== undefined))];

/** Shares that add up to exactly 100, the first ones taking the remainder. */
function evenShares<T>(items: T[]): { item: T; percentage: number }[] {
  const base = Math.floor(100 / items.length);
  return items.map((item, index) => ({ item, percentage: base + (index < 100 - base * items.length ? 1 : 0) }));
}

const firstLanguage = (text: LocalizedText) => Object.keys(text).find((language) => text[language]?.trim()) ?? 'de';
const withText = (text: LocalizedText) => Object.values(text).some((value) => value.trim() !== '');

/** The name as entered (in no stated language) and its translations. */
function organisationOf(row: ReportedOrganizationRow): IatiOrganisation {
  const translations = Object.entries(row.names).filter(([, name]) => name.trim() !== '');
  const names: LocalizedText = translations.some(([, name]) => name.trim() === row.name.trim()) ? {} : { [UNSTATED_LANGUAGE]: row.name };
  for (const [language, name] of translations) names[language] = name;
  return { ref: row.iatiIdentifier, type: ORGANISATION_TYPE_OF_KIND[row.kind], names };
}

/**
 * Who reports: the carrying organisation by its IATI identifier. Without one, a local identifier
 * of the workspace (prefix ZZ, "unknown register"), so the file stays valid until one is entered.
 */
function reportingOrganisation(carrier: ReportedOrganizationRow | undefined, workspace: { slug: string; name: string } | undefined, workspaceId: string) {
  if (carrier?.iatiIdentifier) return { ...organisationOf(carrier), ref: carrier.iatiIdentifier, type: ORGANISATION_TYPE_OF_KIND[carrier.kind] };
  const slug = workspace?.slug ?? workspaceId;
  if (carrier) return { ...organisationOf(carrier), ref: `ZZ-SD-${slug}`, type: ORGANISATION_TYPE_OF_KIND[carrier.kind] };
  return { ref: `ZZ-SD-${slug}`, type: '90', names: { de: workspace?.name ?? slug } };
}

function sectorsOf(themeIds: string[], tree: Map<string, { slug: string; parentId: string | null }>): string[] {
  const codes = themeIds.map((id) => {
    for (let theme = tree.get(id), depth = 0; theme && depth < 20; theme = theme.parentId ? tree.get(theme.parentId) : undefined, depth++) {
      const code = DAC_SECTOR_OF_THEME[theme.slug];
      if (code) return code;
    }
    return undefined;
  });
  return unique(codes);
}

function locationOf(place: ReportedPlaceRow, identifierBase: string): IatiActivity['locations'][number] {
  const names = withText(place.names) ? { ...place.names } : { de: place.name };
  return { ref: `${identifierBase}-${place.id}`, names, latitude: place.latitude, longitude: place.longitude, geonamesId: place.geonamesId };
}

function recipientCountries(area: ReportedPlaceRow | undefined, partnershipCountries: string[], carrierCountry: string | null | undefined) {
  const countries = area?.countryCode
    ? [area.countryCode]
    : partnershipCountries.filter((country) => country !== carrierCountry).length > 0
      ? partnershipCountries.filter((country) => country !== carrierCountry)
      : partnershipCountries;
  return evenShares(countries).map(({ item, percentage }) => ({ code: item, percentage }));
}

function transactionsOf(grants: ReportedGrantRow[], expenditures: ReportedExpenditureRow[], lookups: Lookups, receiver: IatiOrganisation | undefined): IatiTransaction[] {
  const granted = grants.map((grant): IatiTransaction => {
    const funder = grant.funderOrganizationId ? lookups.organizations.get(grant.funderOrganizationId) : undefined;
    const recipient = grant.recipientOrganizationId ? lookups.organizations.get(grant.recipientOrganizationId) : undefined;
    const description: LocalizedText = { ...(grant.programmeName ?? {}) };
    if (grant.reference) for (const language of Object.keys(description)) description[language] = `${description[language]} (${grant.reference})`;
    return {
      type: TRANSACTION_TYPE.incomingCommitment,
      date: grant.periodStart ?? grant.createdAt.toISOString().slice(0, 10),
      value: grant.amount,
      currency: grant.currency,
      description,
      provider: funder ? organisationOf(funder) : undefined,
      receiver: recipient ? organisationOf(recipient) : receiver,
    };
  });
  const spent = expenditures.map(
    (expenditure): IatiTransaction => ({
      type: TRANSACTION_TYPE.expenditure,
      date: expenditure.spentOn,
      value: expenditure.amount,
      currency: expenditure.currency,
      description: expenditure.description ? { de: expenditure.description } : {},
    }),
  );
  return [...granted, ...spent];
}

function projectDates(project: ReportedProjectRow): IatiActivity['dates'] {
  const started = project.status === 'running' || project.status === 'completed' || project.status === 'discontinued';
  const ended = (project.status === 'completed' || project.status === 'discontinued') && project.endDate !== null && project.endDate <= today();
  const dates: IatiActivity['dates'] = [];
  if (project.startDate) dates.push({ type: started && project.startDate <= today() ? ACTIVITY_DATE.actualStart : ACTIVITY_DATE.plannedStart, date: project.startDate });
  if (project.endDate) dates.push({ type: ended ? ACTIVITY_DATE.actualEnd : ACTIVITY_DATE.plannedEnd, date: project.endDate });
  return dates;
}

function projectActivity(project: ReportedProjectRow, partners: { organizationId: string; role: keyof typeof ROLE_OF_PROJECT_PARTNER }[], lookups: Lookups): IatiActivity {
  const carrier = project.carrierOrganizationId ? lookups.organizations.get(project.carrierOrganizationId) : undefined;
  const reporting = reportingOrganisation(carrier, lookups.workspaces.get(project.workspaceId), project.workspaceId);
  const identifier = `${reporting.ref}-${project.id}`;
  const grants = lookups.grants.filter((grant) => grant.projectId === project.id);
  const participants: IatiActivity['participants'] = [];
  const funders = unique(grants.map((grant) => grant.funderOrganizationId));
  for (const funderId of funders) {
    const funder = lookups.organizations.get(funderId);
    if (funder) participants.push({ organisation: organisationOf(funder), role: ORGANISATION_ROLE.funding });
  }
  if (carrier) participants.push({ organisation: organisationOf(carrier), role: ORGANISATION_ROLE.accountable });
  for (const partner of partners) {
    const organization = lookups.organizations.get(partner.organizationId);
    if (organization && !(partner.role === 'funder' && funders.includes(organization.id))) {
      participants.push({ organisation: organisationOf(organization), role: ROLE_OF_PROJECT_PARTNER[partner.role] });
    }
  }
  if (participants.length === 0) participants.push({ organisation: reporting, role: ORGANISATION_ROLE.accountable });
  const area = project.pilotAreaPlaceId ? lookups.places.get(project.pilotAreaPlaceId) : undefined;
  const partnershipCountries = project.partnershipId ? (lookups.partnershipCountries.get(project.partnershipId) ?? []) : [];
  const sectors = (project.partnershipId ? lookups.partnershipSectors.get(project.partnershipId) : undefined) ?? [];
  const descriptions: IatiActivity['descriptions'] = [{ type: '1', text: withText(project.summary) ? project.summary : project.title }];
  if (withText(project.goals)) descriptions.push({ type: '2', text: project.goals });
  const budgets: IatiActivity['budgets'] =
    project.budget !== null && project.startDate && project.endDate
      ? [
          {
            status: project.status === 'idea' || project.status === 'planned' ? BUDGET_STATUS.indicative : BUDGET_STATUS.committed,
            start: project.startDate,
            end: project.endDate,
            value: project.budget,
            currency: project.currency,
            valueDate: project.startDate,
          },
        ]
      : [];
  return {
    identifier,
    lastUpdated: project.updatedAt,
    language: firstLanguage(project.title),
    currency: project.currency,
    hierarchy: 1,
    reporting,
    title: project.title,
    descriptions,
    participants,
    status: ACTIVITY_STATUS_OF_PROJECT[project.status],
    dates: projectDates(project),
    countries: recipientCountries(area, partnershipCountries, carrier?.countryCode),
    locations: area ? [locationOf(area, identifier)] : [],
    sectors: evenShares(sectors.length > 0 ? sectors : [DEFAULT_DAC_SECTOR]).map(({ item, percentage }) => ({ code: item, percentage })),
    budgets,
    transactions: transactionsOf(
      grants,
      lookups.expenditures.filter((expenditure) => expenditure.projectId === project.id),
      lookups,
      carrier ? organisationOf(carrier) : undefined,
    ),
    related: [],
  };
}

function measureActivity(measure: ReportedMeasureRow, lookups: Lookups, projectIdentifiers: Map<string, string>): IatiActivity {
  const responsible = measure.responsibleOrganizationId ? lookups.organizations.get(measure.responsibleOrganizationId) : undefined;
  const reporting = reportingOrganisation(responsible, lookups.workspaces.get(measure.plan.workspaceId), measure.plan.workspaceId);
  const identifier = `${reporting.ref}-${measure.id}`;
  const grants = lookups.grants.filter((grant) => grant.measureId === measure.id && grant.projectId === null);
  const participants: IatiActivity['participants'] = [];
  for (const funderId of unique(grants.map((grant) => grant.funderOrganizationId))) {
    const funder = lookups.organizations.get(funderId);
    if (funder) participants.push({ organisation: organisationOf(funder), role: ORGANISATION_ROLE.funding });
  }
  participants.push({ organisation: responsible ? organisationOf(responsible) : reporting, role: responsible ? ORGANISATION_ROLE.implementing : ORGANISATION_ROLE.accountable });
  const area = measure.plan.areaPlaceId ? lookups.places.get(measure.plan.areaPlaceId) : undefined;
  const partnershipCountries = measure.plan.partnershipId ? (lookups.partnershipCountries.get(measure.plan.partnershipId) ?? []) : [];
  const sectors = (measure.plan.partnershipId ? lookups.partnershipSectors.get(measure.plan.partnershipId) : undefined) ?? [];
  const start = measure.startDate ?? measure.plan.periodStart;
  const end = measure.endDate ?? measure.plan.periodEnd;
  const parent = measure.projectId ? projectIdentifiers.get(measure.projectId) : undefined;
  return {
    identifier,
    lastUpdated: measure.updatedAt,
    language: firstLanguage(measure.title),
    currency: measure.currency,
    hierarchy: 2,
    reporting,
    title: measure.title,
    descriptions: [{ type: '1', text: withText(measure.description) ? measure.description : measure.plan.title }],
    participants,
    status: ACTIVITY_STATUS_OF_PLAN[measure.plan.status],
    dates: [
      { type: ACTIVITY_DATE.plannedStart, date: start },
      { type: ACTIVITY_DATE.plannedEnd, date: end },
    ],
    countries: recipientCountries(area, partnershipCountries, responsible?.countryCode),
    locations: area ? [locationOf(area, identifier)] : [],
    sectors: evenShares(sectors.length > 0 ? sectors : [DEFAULT_DAC_SECTOR]).map(({ item, percentage }) => ({ code: item, percentage })),
    budgets:
      measure.budget !== null
        ? [{ status: BUDGET_STATUS.committed, start, end, value: measure.budget, currency: measure.currency, valueDate: start }]
        : [],
    transactions: transactionsOf(
      grants,
      lookups.expenditures.filter((expenditure) => expenditure.measureId === measure.id && expenditure.projectId === null),
      lookups,
      responsible ? organisationOf(responsible) : undefined,
    ),
    related: parent ? [{ type: RELATED_ACTIVITY.parent, ref: parent }] : [],
  };
}

/** The countries of each partnership's parties: a town's, or an organisation's seat country (of those the viewer may see). */
function countriesOfParties(
  parties: { partnershipId: string; placeId: string | null; organizationId: string | null }[],
  places: Map<string, ReportedPlaceRow>,
  organizations: Map<string, ReportedOrganizationRow>,
): Map<string, string[]> {
  const byPartnership = new Map<string, string[]>();
  for (const party of parties) {
    const country = (party.placeId ? places.get(party.placeId)?.countryCode : undefined) ?? (party.organizationId ? organizations.get(party.organizationId)?.countryCode : undefined);
    if (!country) continue;
    const countries = byPartnership.get(party.partnershipId) ?? [];
    if (!countries.includes(country)) countries.push(country);
    byPartnership.set(party.partnershipId, countries);
  }
  return byPartnership;
}

/**
 * The projects and separately funded measures the viewer may see, as an IATI 2.03 activity file:
 * identifiers, organisations and their roles, texts in every language entered, status and dates,
 * countries, locations, DAC sectors, budgets, and grants and expenditures as transactions.
 */
export async function iatiActivities(ctx: ServiceContext, query: IatiActivitiesQuery): Promise<IatiFile> {
  if (query.from && query.to && query.to < query.from) throw invalidField('query.to', 'end_before_start', 'must not be before from');
  return ctx.transaction(async (tx, ctx) => {
    const funded = await fundedProjectsAndMeasures(ctx, query.programmeId);
    const allProjects = await projectsForReport(ctx, { ...query, onlyIds: query.programmeId ? funded.projectIds : undefined });
    const projects = allProjects.filter((project) => project.startDate !== null || project.endDate !== null);
    const measures = await measuresForReport(ctx, funded.measureIds, query);
    const projectIds = projects.map((project) => project.id);
    const measureIds = measures.map((measure) => measure.id);
    const partners = await projectPartnersForReport(ctx, projectIds);
    const { grants, expenditures } = await grantsAndExpendituresForReport(ctx, projectIds, measureIds);
    const partnershipIds = unique([...projects.map((project) => project.partnershipId), ...measures.map((measure) => measure.plan.partnershipId)]);
    const partnerships = await partiesAndThemesForReport(ctx, partnershipIds);
    const organizationIds = unique([
      ...projects.map((project) => project.carrierOrganizationId),
      ...partners.map((partner) => partner.organizationId),
      ...measures.map((measure) => measure.responsibleOrganizationId),
      ...grants.flatMap((grant) => [grant.funderOrganizationId, grant.recipientOrganizationId]),
      ...partnerships.parties.map((party) => party.organizationId),
    ]);
    const placeIds = unique([
      ...projects.map((project) => project.pilotAreaPlaceId),
      ...measures.map((measure) => measure.plan.areaPlaceId),
      ...partnerships.parties.map((party) => party.placeId),
    ]);
    const organizations = new Map((await organizationRowsForReport(ctx, organizationIds)).map((row) => [row.id, row]));
    const places = new Map((await placeRowsForReport(ctx, placeIds)).map((row) => [row.id, row]));
    const themeTree = new Map((await themeTreeForReport(ctx)).map((theme) => [theme.id, theme]));
    const lookups: Lookups = {
      organizations,
      places,
      workspaces: await workspaceRefsByIds(ctx, unique([...projects.map((project) => project.workspaceId), ...measures.map((measure) => measure.plan.workspaceId)])),
      partnershipCountries: countriesOfParties(partnerships.parties, places, organizations),
      partnershipSectors: new Map([...partnerships.themeIds].map(([id, themeIds]) => [id, sectorsOf(themeIds, themeTree)])),
      grants,
      expenditures,
    };
    const partnersByProject = new Map<string, typeof partners>();
    for (const partner of partners) partnersByProject.set(partner.projectId, [...(partnersByProject.get(partner.projectId) ?? []), partner]);
    const activities = projects.map((project) => projectActivity(project, partnersByProject.get(project.id) ?? [], lookups));
    const projectIdentifiers = new Map(projects.map((project, index) => [project.id, activities[index]!.identifier]));
    const measureActivities = measures.map((measure) => measureActivity(measure, lookups, projectIdentifiers));
    for (const [index, measure] of measures.entries()) {
      const parent = measure.projectId ? activities[projects.findIndex((project) => project.id === measure.projectId)] : undefined;
      parent?.related.push({ type: RELATED_ACTIVITY.child, ref: measureActivities[index]!.identifier });
    }
    activities.push(...measureActivities);
    if (activities.length === 0) {
      throw domainError('not_found', 'no_activities', 'No project or funded measure you may see matches these filters', { withoutDates: allProjects.length });
    }
    return { xml: presentIatiActivities(activities, new Date()), activities: activities.length, withoutDates: allProjects.length - projects.length };
  });
}
