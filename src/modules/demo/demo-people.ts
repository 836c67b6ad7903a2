import type { affiliations, people } from '../actors/people.tables.js';
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
    consentNote: 'Named with his role in the published report of the network meeting in Glauchau.',
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
    consentNote: 'Published as contact person of a project profile.',
    consentRecordedAt: new Date('2016-03-01T09:00:00Z'),
  },
];

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
