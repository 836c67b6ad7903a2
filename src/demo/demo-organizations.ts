import type { organizations } from '../modules/actors/organizations.tables.js';
import { demoId } from './demo-id.js';
import { demoPlaces } from './demo-places.js';

type OrganizationSeed = Omit<typeof organizations.$inferInsert, 'workspaceId'>;

interface OrganizationFacts {
  key: string;
  kind: OrganizationSeed['kind'];
  name: string;
  names?: Record<string, string>;
  shortName?: string;
  seat?: string;
  parent?: string;
  website?: string;
  address?: string;
  phone?: string;
  /** For an organization without a seat. */
  country?: string;
}

const countryOfSeat = (seat: string | undefined) => demoPlaces.find((place) => place.id === demoId(`place:${seat}`))?.countryCode ?? null;

const organization = (facts: OrganizationFacts): OrganizationSeed => ({
  id: demoId(`organization:${facts.key}`),
  visibility: 'public',
  kind: facts.kind,
  name: facts.name,
  names: facts.names ?? {},
  shortName: facts.shortName ?? null,
  seatPlaceId: facts.seat ? demoId(`place:${facts.seat}`) : null,
  countryCode: facts.country ?? countryOfSeat(facts.seat),
  parentId: facts.parent ? demoId(`organization:${facts.parent}`) : null,
  website: facts.website ?? null,
  address: facts.address ?? null,
  phone: facts.phone ?? null,
});

export const demoOrganizations: OrganizationSeed[] = [
  organization({ key: 'leipzig-city', kind: 'municipal_office', name: 'Stadt Leipzig', names: { en: 'City of Leipzig', uk: 'Місто Лейпциг' }, seat: 'leipzig', website: 'https://www.leipzig.de' }),
  organization({ key: 'leipzig-planning', kind: 'municipal_office', name: 'Stadtplanungsamt Leipzig', names: { en: 'Leipzig City Planning Office', uk: 'Управління містобудування Лейпцига' }, seat: 'leipzig', parent: 'leipzig-city' }),
  organization({
    key: 'leipzig-renewal',
    kind: 'municipal_office',
    name: 'Amt für Stadterneuerung und Wohnungsbauförderung',
    names: { en: 'Office for Urban Renewal and Housing Promotion', uk: 'Управління оновлення міста та сприяння житловому будівництву' },
    shortName: 'ASW',
    seat: 'leipzig',
    parent: 'leipzig-city',
    address: 'Prager Straße 26, 04103 Leipzig',
  }),
  organization({ key: 'leipzig-green', kind: 'municipal_office', name: 'Amt für Stadtgrün und Gewässer', names: { en: 'Office for Urban Green Spaces and Waters', uk: 'Управління міської зелені та водойм' }, seat: 'leipzig', parent: 'leipzig-city' }),
  organization({ key: 'leipzig-youth', kind: 'municipal_office', name: 'Amt für Jugend, Familie und Bildung', names: { en: 'Office for Youth, Family and Education', uk: 'Управління у справах молоді, сім’ї та освіти' }, seat: 'leipzig', parent: 'leipzig-city' }),
  organization({ key: 'komm-haus', kind: 'community_centre', name: 'KOMM-Haus', names: { en: 'KOMM-Haus community centre', uk: 'Громадський центр KOMM-Haus' }, seat: 'gruenau' }),
  organization({ key: 'heizhaus', kind: 'community_centre', name: 'Heizhaus', names: { en: 'Heizhaus youth and culture centre', uk: 'Молодіжний культурний центр Heizhaus' }, seat: 'gruenau' }),
  organization({ key: 'theatrium', kind: 'community_centre', name: 'Theatrium', names: { en: 'Theatrium children’s and youth theatre', uk: 'Дитячо-юнацький театр Theatrium' }, seat: 'gruenau' }),
  organization({ key: 'darnytskyi-administration', kind: 'municipal_office', name: 'Дарницька районна в місті Києві державна адміністрація', names: { de: 'Bezirksverwaltung Kiew-Darnyzkyj', en: 'Darnytskyi District State Administration' }, seat: 'darnytskyi' }),
  organization({ key: 'verkhovna-rada', kind: 'parliament', name: 'Верховна Рада України', names: { de: 'Werchowna Rada (Parlament der Ukraine)', en: 'Verkhovna Rada of Ukraine' }, seat: 'kyiv' }),
  organization({ key: 'skew', kind: 'development_agency', name: 'Servicestelle Kommunen in der Einen Welt', names: { en: 'Service Agency Communities in One World', uk: 'Сервісна служба «Громади в єдиному світі»' }, shortName: 'SKEW', country: 'DE', website: 'https://skew.engagement-global.de' }),
  organization({ key: 'giz', kind: 'development_agency', name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH', names: { en: 'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)', uk: 'Німецьке товариство міжнародного співробітництва (GIZ)' }, shortName: 'GIZ', country: 'DE', website: 'https://www.giz.de' }),
  organization({ key: 'connective-cities', kind: 'network', name: 'Connective Cities', names: { de: 'Connective Cities – Internationale Städteplattform für nachhaltige Entwicklung', en: 'Connective Cities – International Community of Practice for Sustainable Urban Development' }, country: 'DE', website: 'https://www.connective-cities.net' }),
  organization({ key: 'munich-city', kind: 'municipal_office', name: 'Landeshauptstadt München', names: { en: 'City of Munich', uk: 'Місто Мюнхен' }, seat: 'munich' }),
  organization({ key: 'stadtwerke-gersthofen', kind: 'utility', name: 'Stadtwerke Gersthofen', names: { en: 'Gersthofen municipal utility' }, seat: 'gersthofen' }),
  organization({ key: 'rheinenergie', kind: 'utility', name: 'RheinEnergie AG', names: { en: 'RheinEnergie (Cologne utility)' }, shortName: 'RheinEnergie', seat: 'cologne' }),
  organization({ key: 'lag-sachsen', kind: 'network', name: 'Landesarbeitsgemeinschaft Quartiersmanagement und Gemeinwesenarbeit Sachsen e. V.', names: { en: 'Saxon State Working Group for Neighbourhood Management and Community Work', uk: 'Саксонська робоча група з управління кварталами та громадської роботи' }, shortName: 'LAG Sachsen', seat: 'saxony' }),
  organization({ key: 'glauchau-city', kind: 'municipal_office', name: 'Stadtverwaltung Glauchau', names: { en: 'Glauchau town administration', uk: 'Міська адміністрація Глаухау' }, seat: 'glauchau' }),
  organization({
    key: 'bgh',
    kind: 'consultancy',
    name: 'Büro Gauly & Volgmann',
    names: { en: 'Gauly & Volgmann urban development consultants' },
    shortName: 'bgh',
    seat: 'leipzig',
    address: 'Georg-Schumann-Straße 130, 04155 Leipzig',
  }),
  organization({ key: 'glauchau-economy', kind: 'municipal_office', name: 'Wirtschaftsförderung Glauchau', names: { en: 'Glauchau economic development office' }, seat: 'glauchau', parent: 'glauchau-city' }),
  organization({ key: 'glauchau-qm', kind: 'neighbourhood_management', name: 'Koordinierungsstelle / Quartiersmanagement Glauchau', names: { en: 'Glauchau neighbourhood management and coordination office' }, seat: 'glauchau' }),
  organization({
    key: 'bmub',
    kind: 'ministry',
    name: 'Bundesministerium für Umwelt, Naturschutz, Bau und Reaktorsicherheit',
    names: { en: 'Federal Ministry for the Environment, Nature Conservation, Building and Nuclear Safety', uk: 'Федеральне міністерство довкілля, охорони природи, будівництва та ядерної безпеки' },
    shortName: 'BMUB',
    seat: 'berlin',
  }),
  organization({
    key: 'darnytskyi-housing',
    kind: 'municipal_enterprise',
    name: 'Керуюча компанія з обслуговування житлового фонду Дарницького району',
    names: { de: 'Kommunale Wohnungsverwaltung Darnyzkyj', en: 'Darnytskyi housing management company' },
    seat: 'darnytskyi',
  }),
  organization({
    key: 'darnytskyi-social-centre',
    kind: 'community_centre',
    name: 'Територіальний центр соціального обслуговування Дарницького району',
    names: { de: 'Sozialzentrum des Bezirks Darnyzkyj', en: 'Darnytskyi centre for social services' },
    seat: 'darnytskyi',
  }),
];
