import type { matchingItems, matchingProfiles } from '../modules/matching/matching.tables.js';
import { demoId } from './demo-id.js';

type ProfileSeed = Omit<typeof matchingProfiles.$inferInsert, 'workspaceId'>;
type ItemSeed = Omit<typeof matchingItems.$inferInsert, 'themeId'> & { theme: string };

interface ProfileFacts {
  key: string;
  place?: string;
  organization?: string;
  person?: string;
  languages: string[];
  types?: ProfileSeed['partnershipTypes'];
  themes?: string[];
  contact?: string;
  availability?: string;
  summary?: Record<string, string>;
}

const profile = (facts: ProfileFacts): ProfileSeed => ({
  id: demoId(`matching-profile:${facts.key}`),
  visibility: 'public',
  placeId: facts.place ? demoId(`place:${facts.place}`) : null,
  organizationId: facts.organization ? demoId(`organization:${facts.organization}`) : null,
  personId: facts.person ? demoId(`person:${facts.person}`) : null,
  languages: facts.languages,
  partnershipTypes: facts.types ?? [],
  contactPersonId: facts.contact ? demoId(`person:${facts.contact}`) : null,
  availability: facts.availability ?? null,
  summary: facts.summary ?? {},
});

/** Towns, a utility and an expert who opted in to be found, all published. */
export const demoMatchingProfiles: ProfileSeed[] = [
  profile({ key: 'leipzig', place: 'leipzig', languages: ['de', 'en', 'uk'], types: ['partnership', 'project_partnership'], contact: 'heerdegen' }),
  profile({ key: 'glauchau', place: 'glauchau', languages: ['de'], types: ['solidarity_partnership', 'friendship'] }),
  profile({ key: 'chemnitz', place: 'chemnitz', languages: ['de', 'en'], types: ['solidarity_partnership', 'project_partnership'] }),
  profile({ key: 'gersthofen-utility', organization: 'stadtwerke-gersthofen', languages: ['de', 'en'], types: ['project_partnership'] }),
  profile({ key: 'eichenau', place: 'eichenau', languages: ['de', 'en'], types: ['solidarity_partnership'] }),
  profile({ key: 'sambir', place: 'sambir', languages: ['uk', 'en'], types: ['solidarity_partnership'] }),
  profile({ key: 'lutsk', place: 'lutsk', languages: ['uk', 'en', 'pl'], types: ['solidarity_partnership', 'project_partnership'] }),
  profile({ key: 'trostianets', place: 'trostianets', languages: ['uk'], types: ['solidarity_partnership'] }),
  profile({ key: 'novovolynsk', place: 'novovolynsk', languages: ['uk', 'de'], types: ['partnership'] }),
  profile({ key: 'drenas', place: 'drenas', languages: ['sq', 'en', 'de'], types: ['project_partnership'] }),
  profile({ key: 'pristina', place: 'pristina', languages: ['sq', 'en'], types: ['project_partnership', 'contact'] }),
  profile({
    key: 'volgmann',
    person: 'volgmann',
    languages: ['de', 'en'],
    themes: ['integration', 'integrated-urban-development'],
    availability: 'ab 2027 zwei Wochen im Jahr',
  }),
];

/** Themes of the profiles, for the expert's expertise and the towns' sectors. */
export const demoMatchingProfileThemes: [profile: string, theme: string][] = [
  ['volgmann', 'integration'],
  ['volgmann', 'integrated-urban-development'],
  ['leipzig', 'housing-management'],
  ['chemnitz', 'energy-networks'],
];

const item = (profileKey: string, key: string, facts: Omit<ItemSeed, 'id' | 'profileId'>): ItemSeed => ({
  id: demoId(`matching-item:${profileKey}:${key}`),
  profileId: demoId(`matching-profile:${profileKey}`),
  ...facts,
});

export const demoMatchingItems: ItemSeed[] = [
  item('leipzig', 'estates', {
    direction: 'offer',
    theme: 'housing-management',
    kind: 'know_how',
    description: {
      de: 'Sanierung und Bewirtschaftung großer Plattenbausiedlungen wie Grünau, mit Wohnungsgenossenschaften',
      en: 'Renovating and managing large prefabricated housing estates such as Grünau, together with housing cooperatives',
      uk: 'Санація та управління великими панельними житловими масивами разом із житловими кооперативами',
    },
  }),
  item('glauchau', 'quarters', {
    direction: 'offer',
    theme: 'neighbourhood-management',
    kind: 'staff_exchange',
    description: { de: 'Hospitation in unseren drei Quartiersmanagements', en: 'Work shadowing in our three neighbourhood management offices' },
  }),
  item('chemnitz', 'heating', {
    direction: 'offer',
    theme: 'energy-networks',
    kind: 'know_how',
    description: {
      de: 'Umbau des Fernwärmenetzes auf niedrige Temperaturen und erneuerbare Wärme',
      en: 'Converting the district heating network to low temperatures and renewable heat',
      uk: 'Переведення мережі централізованого теплопостачання на низькі температури',
    },
  }),
  item('gersthofen-utility', 'transformers', {
    direction: 'offer',
    theme: 'energy-networks',
    kind: 'equipment',
    description: { de: 'Gebrauchte Transformatoren und Stromerzeuger für Notstrom', en: 'Used transformers and generators for emergency power' },
  }),
  item('eichenau', 'solar', {
    direction: 'offer',
    theme: 'renewable-energy',
    kind: 'know_how',
    description: { de: 'Bürgersolaranlagen auf kommunalen Dächern', en: 'Citizen-owned solar plants on municipal roofs' },
  }),
  item('sambir', 'heating', {
    direction: 'need',
    theme: 'energy-networks',
    kind: 'know_how',
    urgency: 'high',
    until: '2027-10-01',
    description: {
      uk: 'Модернізація котелень і мережі централізованого теплопостачання до опалювального сезону',
      en: 'Modernise boiler houses and the district heating network before the heating season',
      de: 'Heizhäuser und Fernwärmenetz vor der Heizperiode modernisieren',
    },
  }),
  item('lutsk', 'generators', {
    direction: 'need',
    theme: 'resilience',
    kind: 'equipment',
    urgency: 'high',
    description: { uk: 'Генератори для шкіл і пунктів незламності', en: 'Generators for schools and emergency heating points' },
  }),
  item('lutsk', 'participation', {
    direction: 'offer',
    theme: 'participation',
    kind: 'know_how',
    description: { uk: 'Громадський бюджет міста: досвід з 2016 року', en: 'The city’s participatory budget: experience since 2016' },
  }),
  item('trostianets', 'reconstruction', {
    direction: 'need',
    theme: 'urban-design',
    kind: 'reconstruction',
    urgency: 'high',
    description: { uk: 'Відбудова центру міста після окупації', en: 'Rebuilding the town centre after the occupation' },
  }),
  item('novovolynsk', 'estates', {
    direction: 'need',
    theme: 'housing-management',
    kind: 'know_how',
    urgency: 'medium',
    description: { uk: 'Управління панельними будинками та ОСББ', en: 'Managing prefabricated blocks with homeowners’ associations' },
  }),
  item('drenas', 'participation', {
    direction: 'need',
    theme: 'participation',
    kind: 'know_how',
    description: { en: 'Involving young people in planning the town centre', de: 'Jugendliche an der Planung des Zentrums beteiligen' },
  }),
  item('pristina', 'green', {
    direction: 'need',
    theme: 'urban-green',
    kind: 'staff_exchange',
    description: { en: 'Exchange of staff on urban green spaces and rivers', de: 'Personalaustausch zu Stadtgrün und Gewässern' },
  }),
];
