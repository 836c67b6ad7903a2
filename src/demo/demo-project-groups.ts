import type { partnershipThemes, projectGroupMembers, projectGroups } from '../modules/partnerships/partnerships.tables.js';
import { demoId } from './demo-id.js';

type GroupSeed = typeof projectGroups.$inferInsert;
type MemberSeed = typeof projectGroupMembers.$inferInsert;

const PARTNERSHIP = 'gruenau-darnytskyi';
const party = (side: 'gruenau' | 'darnytskyi') => demoId(`party:${PARTNERSHIP}:${side}`);

interface GroupFacts {
  key: string;
  theme: string;
  title: Record<'de' | 'en' | 'uk', string>;
  description: Record<'de' | 'en' | 'uk', string>;
  members: [person: string, side: 'gruenau' | 'darnytskyi', role: 'lead' | 'member'][];
}

/** The four project groups formed at the working visit of December 2018, with people from both districts. */
const GROUPS: GroupFacts[] = [
  {
    key: 'district-development',
    theme: 'district-development',
    title: {
      de: 'Stadtteilentwicklungskonzepte und städtebauliche Entwicklung',
      en: 'District development concepts and urban design',
      uk: 'Концепції розвитку району та містобудування',
    },
    description: {
      de: 'Wie ein integriertes Konzept für einen großen Stadtteil entsteht: Bestandsaufnahme, Beteiligung, Prioritäten und öffentlicher Raum.',
      en: 'How an integrated concept for a large district comes about: stocktaking, participation, priorities and public space.',
      uk: 'Як створюється інтегрована концепція для великого району: аналіз, участь мешканців, пріоритети та громадський простір.',
    },
    members: [
      ['lehmann', 'gruenau', 'lead'],
      ['wolf', 'gruenau', 'member'],
      ['kravchenko', 'darnytskyi', 'lead'],
    ],
  },
  {
    key: 'housing-management',
    theme: 'housing-management',
    title: { de: 'Wohnungsbewirtschaftung und -verwaltung', en: 'Housing management and administration', uk: 'Управління та обслуговування житлового фонду' },
    description: {
      de: 'Sanierung, Rückbau und Betrieb großer Wohnanlagen; Zusammenarbeit mit Genossenschaften und Mieterinnen und Mietern.',
      en: 'Refurbishing, downsizing and running large housing estates; working with cooperatives and tenants.',
      uk: 'Санація, зменшення та експлуатація великих житлових комплексів; співпраця з кооперативами та мешканцями.',
    },
    members: [
      ['richter', 'gruenau', 'lead'],
      ['hnatiuk', 'darnytskyi', 'lead'],
    ],
  },
  {
    key: 'socio-culture',
    theme: 'socio-culture',
    title: { de: 'Soziokultur und Freizeit', en: 'Socio-culture and leisure', uk: 'Соціокультура та дозвілля' },
    description: {
      de: 'Stadtteilzentren, Jugendkultur und Theater als Orte der Begegnung – wie sie arbeiten und wie sie finanziert werden.',
      en: 'Community centres, youth culture and theatre as meeting places – how they work and how they are funded.',
      uk: 'Центри громади, молодіжна культура й театр як місця зустрічей – як вони працюють і як фінансуються.',
    },
    members: [
      ['krueger', 'gruenau', 'lead'],
      ['schubert', 'gruenau', 'member'],
      ['neumann', 'gruenau', 'member'],
      ['romanenko', 'darnytskyi', 'lead'],
    ],
  },
  {
    key: 'schools',
    theme: 'schools-as-hubs',
    title: { de: 'Stadtteilorientierte Nutzung von Schulen', en: 'Schools in the neighbourhood', uk: 'Школи як центри громади' },
    description: {
      de: 'Schulen, die sich zum Stadtteil öffnen: Angebote am Nachmittag, Räume für Vereine, Partnerschaften zwischen Schulen.',
      en: 'Schools that open up to their district: afternoon activities, rooms for associations, partnerships between schools.',
      uk: 'Школи, відкриті для району: позаурочні заняття, приміщення для громадських організацій, партнерства між школами.',
    },
    members: [
      ['hartmann', 'gruenau', 'lead'],
      ['savchenko', 'darnytskyi', 'lead'],
      ['petrenko', 'darnytskyi', 'member'],
    ],
  },
];

/** The groups with the slug of their theme in the reference taxonomy. */
export const demoProjectGroups: (Omit<GroupSeed, 'themeId'> & { theme: string })[] = GROUPS.map((group) => ({
  id: demoId(`project-group:${PARTNERSHIP}:${group.key}`),
  theme: group.theme,
  partnershipId: demoId(`partnership:${PARTNERSHIP}`),
  title: group.title,
  description: group.description,
  formedOn: '2018-12-03',
  status: 'active',
}));

export const demoProjectGroupMembers: MemberSeed[] = GROUPS.flatMap((group) =>
  group.members.map(([person, side, role], position) => ({
    id: demoId(`project-group-member:${group.key}:${person}`),
    projectGroupId: demoId(`project-group:${PARTNERSHIP}:${group.key}`),
    personId: demoId(`person:${person}`),
    partyId: party(side),
    role,
    position,
  })),
);

/** Themes of the demo partnerships, by theme slug. */
export const demoPartnershipThemes: [partnership: string, theme: string][] = [
  ['leipzig-kyiv', 'integrated-urban-development'],
  ['gruenau-darnytskyi', 'district-development'],
  ['gruenau-darnytskyi', 'housing-management'],
  ['gruenau-darnytskyi', 'socio-culture'],
  ['gruenau-darnytskyi', 'schools-as-hubs'],
];

export type PartnershipThemeSeed = typeof partnershipThemes.$inferInsert;
