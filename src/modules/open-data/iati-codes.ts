import type { OrganizationKind } from '../actors/actors.types.js';
import type { PlanStatus } from '../plans/plans.types.js';
import type { ProjectPartnerRole, ProjectStatus } from '../projects/projects.types.js';

/** IATI codelists as of standard 2.03 (ActivityStatus, OrganisationRole, OrganisationType …). */

export const IATI_VERSION = '2.03';

/** ActivityStatus: 1 pipeline, 2 implementation, 4 closed, 5 cancelled. */
export const ACTIVITY_STATUS_OF_PROJECT: Record<ProjectStatus, string> = {
  idea: '1',
  planned: '1',
  running: '2',
  completed: '4',
  discontinued: '5',
};

export const ACTIVITY_STATUS_OF_PLAN: Record<PlanStatus, string> = {
  draft: '1',
  agreed: '2',
  active: '2',
  done: '4',
};

/** OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
export const ORGANISATION_ROLE = { funding: '1', accountable: '2', extending: '3', implementing: '4' } as const;

export const ROLE_OF_PROJECT_PARTNER: Record<ProjectPartnerRole, string> = {
  partner: ORGANISATION_ROLE.implementing,
  consultancy: ORGANISATION_ROLE.implementing,
  implementer: ORGANISATION_ROLE.implementing,
  funder: ORGANISATION_ROLE.funding,
  advisor: ORGANISATION_ROLE.implementing,
  client: ORGANISATION_ROLE.accountable,
  co_host: ORGANISATION_ROLE.implementing,
  process_support: ORGANISATION_ROLE.implementing,
  preparation: ORGANISATION_ROLE.implementing,
  execution: ORGANISATION_ROLE.implementing,
  follow_up: ORGANISATION_ROLE.implementing,
  sponsor: ORGANISATION_ROLE.funding,
};

/**
 * OrganisationType: 10 government, 15 other public sector, 22 national NGO, 70 private sector,
 * 60 foundation, 80 academic, 90 other. Development agencies and other agencies of a state report as
 * government (10); chambers and associations of municipalities, bodies of public law, as other public sector (15).
 */
export const ORGANISATION_TYPE_OF_KIND: Record<OrganizationKind, string> = {
  municipal_office: '10',
  ministry: '10',
  parliament: '10',
  development_agency: '10',
  municipal_enterprise: '15',
  utility: '15',
  network: '22',
  ngo: '22',
  community_centre: '22',
  neighbourhood_management: '90',
  housing_cooperative: '70',
  consultancy: '70',
  company: '70',
  university: '80',
  federal_agency: '10',
  state_agency: '10',
  research_institute: '80',
  foundation: '60',
  chamber: '15',
  municipal_association: '15',
};

/** ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
export const ACTIVITY_DATE = { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' } as const;

/** TransactionType: 4 expenditure, 11 incoming commitment. */
export const TRANSACTION_TYPE = { expenditure: '4', incomingCommitment: '11' } as const;

/** BudgetStatus: 1 indicative, 2 committed. BudgetType: 1 original. */
export const BUDGET_STATUS = { indicative: '1', committed: '2' } as const;
export const BUDGET_TYPE_ORIGINAL = '1';

/** SectorVocabulary 1: the five-digit purpose codes of the OECD DAC. */
export const SECTOR_VOCABULARY_DAC = '1';

/** Where a project names none of the mapped themes: the field the platform serves. */
export const DEFAULT_DAC_SECTOR = '43030';

/**
 * DAC purpose codes of the reference themes, by slug. A workspace's own theme takes the code of
 * the nearest reference theme above it.
 */
export const DAC_SECTOR_OF_THEME: Record<string, string> = {
  'integrated-urban-development': '43030', // Urban development and management
  'district-development': '43030',
  'urban-design': '43030',
  'neighbourhood-management': '43030',
  housing: '16030', // Housing policy and administrative management
  'housing-management': '16030',
  'energy-networks': '23620', // District heating and cooling
  'renewable-energy': '23210', // Energy generation, renewable sources – multiple technologies
  'funding-instruments': '15112', // Decentralisation and support to subnational government
  integration: '15190', // Facilitation of orderly, safe, regular and responsible migration and mobility
  'local-economy': '25010', // Business policy and administration
  participation: '15150', // Democratic participation and civil society
  resilience: '43060', // Disaster risk reduction
  'schools-as-hubs': '11120', // Education facilities and training
  'social-cohesion': '16050', // Multisector aid for basic social services
  'socio-culture': '16061', // Culture and recreation
  'urban-green': '41010', // Environmental policy and administrative management
};

/** GeographicVocabulary G1: GeoNames. GeographicExactness 1: exact. GeographicLocationReach 1: the activity takes place there. */
export const LOCATION = { geonamesVocabulary: 'G1', exact: '1', activityHere: '1' } as const;

/** RelatedActivityType: 1 parent, 2 child. */
export const RELATED_ACTIVITY = { parent: '1', child: '2' } as const;

/** The coordinate system of a location's point: WGS 84. */
export const WGS84 = 'http://www.opengis.net/def/crs/EPSG/0/4326';
