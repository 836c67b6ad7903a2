import type { affiliations, people } from '../modules/actors/people.tables.js';
import { demoId } from './demo-id.js';

type PersonSeed = Omit<typeof people.$inferInsert, 'workspaceId'>;
type AffiliationSeed = typeof affiliations.$inferInsert;

/** People named with their role in public reports; held for the public task of documenting exchanges. */
export const demoPeople: PersonSeed[] = [
  {
    id: demoId('person:heerdegen'),
    visibility: 'public',
    givenName: 'Gunnar',
    familyName: 'Heerdegen',
    languages: ['de'],
    consentBasis: 'public_task',
    consentObtainedOn: '2017-10-23',
    consentNote: 'Mit seiner Funktion im veröffentlichten Bericht des Netzwerktreffens in Glauchau genannt.',
    consentRecordedAt: new Date('2017-10-24T09:00:00Z'),
  },
  {
    id: demoId('person:volgmann'),
    visibility: 'public',
    givenName: 'Felix',
    familyName: 'Volgmann',
    languages: ['de', 'en'],
    phone: '+49 341 5503773',
    consentBasis: 'legitimate_interest',
    consentObtainedOn: '2016-03-01',
    consentNote: 'Als Ansprechpartner in einem veröffentlichten Projektsteckbrief genannt.',
    consentRecordedAt: new Date('2016-03-01T09:00:00Z'),
  },
];

/** People of both districts working in the Grünau–Darnytskyi project groups (invented for the demo). */
const PROJECT_GROUP_PEOPLE: [key: string, given: string, family: string, languages: string[], organization: string, role: string][] = [
  ['lehmann', 'Katrin', 'Lehmann', ['de', 'en'], 'leipzig-planning', 'Sachgebietsleiterin Stadtteilentwicklung West'],
  ['wolf', 'Sabine', 'Wolf', ['de'], 'leipzig-green', 'Freiraumplanerin'],
  ['richter', 'Thomas', 'Richter', ['de', 'en', 'uk'], 'leipzig-renewal', 'Koordinator der Stadtteilpartnerschaft'],
  ['hartmann', 'Jens', 'Hartmann', ['de'], 'leipzig-youth', 'Schulentwicklungsplanung'],
  ['krueger', 'Anne', 'Krüger', ['de', 'en'], 'komm-haus', 'Leiterin'],
  ['schubert', 'Maik', 'Schubert', ['de'], 'heizhaus', 'Jugendkulturarbeit'],
  ['neumann', 'Ulrike', 'Neumann', ['de', 'en'], 'theatrium', 'Theaterpädagogin'],
  ['kravchenko', 'Oleksandr', 'Kravchenko', ['uk', 'en'], 'darnytskyi-administration', 'Начальник відділу містобудування'],
  ['savchenko', 'Nataliia', 'Savchenko', ['uk', 'de'], 'darnytskyi-administration', 'Управління освіти'],
  ['petrenko', 'Iryna', 'Petrenko', ['uk'], 'darnytskyi-administration', 'Директорка гімназії'],
  ['hnatiuk', 'Viktor', 'Hnatiuk', ['uk', 'en'], 'darnytskyi-housing', 'Головний інженер'],
  ['romanenko', 'Larysa', 'Romanenko', ['uk'], 'darnytskyi-social-centre', 'Директорка'],
];

for (const [key, givenName, familyName, languages] of PROJECT_GROUP_PEOPLE) {
  demoPeople.push({
    id: demoId(`person:${key}`),
    visibility: 'public',
    givenName,
    familyName,
    languages,
    consentBasis: 'consent',
    consentObtainedOn: '2018-11-20',
    consentNote: 'Einverstanden, als Mitglied einer Projektgruppe der Stadtteilpartnerschaft genannt zu werden.',
    consentRecordedAt: new Date('2018-11-20T09:00:00Z'),
  });
}

export const demoAffiliations: AffiliationSeed[] = [
  {
    id: demoId('affiliation:heerdegen:glauchau-city'),
    personId: demoId('person:heerdegen'),
    organizationId: demoId('organization:glauchau-city'),
    role: 'Fachbereichsleiter Planen und Bauen',
  },
  {
    id: demoId('affiliation:volgmann:bgh'),
    personId: demoId('person:volgmann'),
    organizationId: demoId('organization:bgh'),
    role: 'Partner',
  },
];

for (const [key, , , , organization, role] of PROJECT_GROUP_PEOPLE) {
  demoAffiliations.push({ id: demoId(`affiliation:${key}:${organization}`), personId: demoId(`person:${key}`), organizationId: demoId(`organization:${organization}`), role });
}

/** Themes of demo organizations and people, by theme slug of the reference taxonomy. */
export const demoOrganizationThemes: [organization: string, theme: string][] = [
  ['leipzig-renewal', 'district-development'],
  ['leipzig-renewal', 'housing-management'],
  ['leipzig-planning', 'urban-design'],
  ['leipzig-green', 'urban-green'],
  ['leipzig-youth', 'schools-as-hubs'],
  ['komm-haus', 'socio-culture'],
  ['heizhaus', 'socio-culture'],
  ['theatrium', 'socio-culture'],
  ['connective-cities', 'integrated-urban-development'],
  ['connective-cities', 'resilience'],
  ['stadtwerke-gersthofen', 'renewable-energy'],
  ['rheinenergie', 'energy-networks'],
  ['lag-sachsen', 'neighbourhood-management'],
  ['glauchau-qm', 'neighbourhood-management'],
  ['glauchau-economy', 'local-economy'],
  ['skew', 'funding-instruments'],
  ['bgh', 'integrated-urban-development'],
  ['bgh', 'participation'],
];

export const demoPersonThemes: [person: string, theme: string][] = [
  ['heerdegen', 'urban-design'],
  ['heerdegen', 'funding-instruments'],
  ['volgmann', 'integrated-urban-development'],
  ['volgmann', 'integration'],
];
