import type { fundingDeadlines, fundingProgrammes, grants } from '../modules/funding/funding.tables.js';
import { demoId } from './demo-id.js';

const PROGRAMME = demoId('programme:ssp-ukraine');
const INSTRUMENT = demoId('instrument:ssp-ukraine:grant');

export const demoProgrammes: Omit<typeof fundingProgrammes.$inferInsert, 'workspaceId'>[] = [
  {
    id: PROGRAMME,
    visibility: 'public',
    name: { de: 'Schnellstarterpaket Ukraine', en: 'Quick-start package Ukraine', uk: 'Пакет швидкого старту для України' },
    description: {
      de: 'Bundesprogramm über die Servicestelle Kommunen in der Einen Welt: Anschubfinanzierung für neue kommunale Partnerschaften zwischen deutschen und ukrainischen Kommunen.',
      en: 'National programme run by the Service Agency Communities in One World: start-up funding for new municipal partnerships between German and Ukrainian local authorities.',
      uk: 'Федеральна програма через Сервісну службу «Громади в єдиному світі»: стартове фінансування нових партнерств між німецькими та українськими громадами.',
    },
    level: 'national',
    funderOrganizationId: demoId('organization:skew'),
    periodStart: '2017-01-01',
    website: 'https://skew.engagement-global.de',
    instruments: [
      {
        id: INSTRUMENT,
        name: { de: 'Zuschuss für Projektpartnerschaften', en: 'Grant for project partnerships', uk: 'Грант для проєктних партнерств' },
        kind: 'grant',
        maxAmount: 50000,
        fundingRate: 90,
        description: { de: 'Begegnungen, Fachaustausch und kleine Pilotmaßnahmen.', en: 'Visits, expert exchange and small pilot measures.', uk: 'Зустрічі, фаховий обмін і невеликі пілотні заходи.' },
      },
    ],
  },
];

/** The next two closing dates (31 March, 30 September) after the day the demo is written, so the dashboard has upcoming ones. */
export function demoDeadlines(today = new Date()): (typeof fundingDeadlines.$inferInsert)[] {
  const year = today.getUTCFullYear();
  const dates = [`${year}-03-31`, `${year}-09-30`, `${year + 1}-03-31`, `${year + 1}-09-30`].filter((date) => date >= today.toISOString().slice(0, 10)).slice(0, 2);
  return dates.map((dueOn, index) => ({
    id: demoId(`deadline:ssp-ukraine:${index}`),
    programmeId: PROGRAMME,
    instrumentId: INSTRUMENT,
    dueOn,
    label: { de: 'Antragsfrist', en: 'Application deadline', uk: 'Кінцевий термін подання заявок' },
  }));
}

export const demoGrants: Omit<typeof grants.$inferInsert, 'workspaceId'>[] = [
  {
    id: demoId('grant:ssp-gruenau-darnytskyi'),
    visibility: 'public',
    programmeId: PROGRAMME,
    instrumentId: INSTRUMENT,
    projectId: demoId('project:gruenau-darnytskyi-groups'),
    recipientOrganizationId: demoId('organization:leipzig-city'),
    reference: 'SSP-UA Grünau–Darnyzkyj',
    amount: 45000,
    currency: 'EUR',
    periodStart: '2018-05-01',
    periodEnd: '2019-12-31',
    status: 'closed',
    note: 'Beispieldaten: Betrag zur Veranschaulichung.',
  },
];
