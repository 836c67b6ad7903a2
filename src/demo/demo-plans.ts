import type { LocalizedText } from '../core/db/columns.js';
import type { actionPlanAgreements, actionPlanMeasurePartners, actionPlanMeasures, actionPlanPriorities, actionPlans, actionPlanSides, measureProgressUpdates } from '../modules/plans/plans.tables.js';
import { demoId } from './demo-id.js';

const PLAN = demoId('plan:gruenau-darnytskyi-2019');

export const demoPlan: Omit<typeof actionPlans.$inferInsert, 'workspaceId'> = {
  id: PLAN,
  visibility: 'public',
  title: { de: 'Gemeinsamer Aktionsplan Grünau – Darnyzkyj 2019–2021', en: 'Grünau – Darnytskyi joint action plan 2019–2021', uk: 'Спільний план дій Грюнау – Дарницький 2019–2021' },
  summary: {
    de: 'Die Kooperationsschwerpunkte der Stadtteilpartnerschaft ab 2019, erarbeitet in vier Projektgruppen während der Besuche 2018.',
    en: 'The cooperation priorities of the district partnership from 2019, worked out by four project groups during the 2018 visits.',
    uk: 'Пріоритети співпраці партнерства районів з 2019 року, напрацьовані чотирма проєктними групами під час візитів 2018 року.',
  },
  scope: 'partnership',
  partnershipId: demoId('partnership:gruenau-darnytskyi'),
  periodStart: '2019-01-01',
  periodEnd: '2021-12-31',
  status: 'active',
  revision: 1,
  currentVersion: 1,
};

export const demoPlanSides: (Omit<typeof actionPlanSides.$inferInsert, 'workspaceId'>)[] = [
  { id: demoId('side:gruenau'), planId: PLAN, position: 0, placeId: demoId('place:gruenau'), label: {} },
  { id: demoId('side:darnytskyi'), planId: PLAN, position: 1, placeId: demoId('place:darnytskyi'), label: {} },
];

export const demoPlanAgreements: (typeof actionPlanAgreements.$inferInsert)[] = [
  { id: demoId('agreement:gruenau'), planId: PLAN, sideId: demoId('side:gruenau'), revision: 1, userId: null, userName: 'Amt für Stadterneuerung und Wohnungsbauförderung', agreedAt: new Date('2018-12-06T15:00:00Z') },
  { id: demoId('agreement:darnytskyi'), planId: PLAN, sideId: demoId('side:darnytskyi'), revision: 1, userId: null, userName: 'Дарницька районна в місті Києві державна адміністрація', agreedAt: new Date('2018-12-07T10:00:00Z') },
];

interface PriorityFacts {
  key: string;
  theme: string;
  title: LocalizedText;
  description: LocalizedText;
}

const priorities: PriorityFacts[] = [
  {
    key: 'district-development',
    theme: 'district-development',
    title: { de: 'Stadtteilentwicklungskonzepte und Städtebau', en: 'District development concepts and urban design', uk: 'Концепції розвитку району та містобудування' },
    description: { de: 'Wie große Wohngebiete am Stadtrand mit ihren Bewohnern weiterentwickelt werden.', en: 'How large peripheral housing estates are developed further together with their residents.', uk: 'Як великі житлові масиви на околицях розвиваються разом із мешканцями.' },
  },
  {
    key: 'housing-management',
    theme: 'housing-management',
    title: { de: 'Wohnungsbewirtschaftung und -verwaltung', en: 'Housing management', uk: 'Управління житловим фондом' },
    description: { de: 'Genossenschaften, Hausverwaltungen und Mietervertretungen lernen voneinander.', en: 'Cooperatives, property managers and tenant councils learn from each other.', uk: 'Кооперативи, управителі будинків і ради мешканців навчаються одне в одного.' },
  },
  {
    key: 'socio-culture',
    theme: 'socio-culture',
    title: { de: 'Soziokultur und Freizeit', en: 'Socio-culture and leisure', uk: 'Соціокультура та дозвілля' },
    description: { de: 'Stadtteilzentren, Jugendkultur und Theater als Orte der Begegnung.', en: 'Community centres, youth culture and theatre as places to meet.', uk: 'Громадські центри, молодіжна культура й театр як місця зустрічей.' },
  },
  {
    key: 'schools',
    theme: 'schools-as-hubs',
    title: { de: 'Schulen als Orte für das Quartier', en: 'Schools as neighbourhood hubs', uk: 'Школи як центри громади' },
    description: { de: 'Schulgebäude und Schulhöfe, die nachmittags dem ganzen Stadtteil offenstehen.', en: 'School buildings and yards open to the whole district in the afternoon.', uk: 'Шкільні будівлі та подвір’я, відкриті для всього району в другій половині дня.' },
  },
];

export const demoPriorityThemes = priorities.map((priority) => [demoId(`priority:${priority.key}`), priority.theme] as const);

export const demoPriorities: (typeof actionPlanPriorities.$inferInsert)[] = priorities.map((priority, position) => ({
  id: demoId(`priority:${priority.key}`),
  planId: PLAN,
  position,
  title: priority.title,
  description: priority.description,
}));

interface MeasureFacts {
  key: string;
  priority: string;
  title: LocalizedText;
  description?: LocalizedText;
  responsible?: string;
  partners?: string[];
  startDate: string;
  endDate: string;
  budget?: number;
  funding?: LocalizedText;
  indicators?: { key: string; name: LocalizedText; unit: string; baseline: number | null; target: number }[];
  project?: string;
}

const measures: MeasureFacts[] = [
  {
    key: 'district-concept-exchange',
    priority: 'district-development',
    title: { de: 'Fachaustausch zu integrierten Stadtteilentwicklungskonzepten', en: 'Expert exchange on integrated district development concepts', uk: 'Фаховий обмін щодо інтегрованих концепцій розвитку району' },
    responsible: 'leipzig-planning',
    partners: ['darnytskyi-administration'],
    startDate: '2019-03-01',
    endDate: '2019-11-30',
    budget: 9000,
    funding: { de: 'Schnellstarterpaket Ukraine', en: 'Quick-start package Ukraine', uk: 'Пакет швидкого старту для України' },
    indicators: [{ key: 'workshops', name: { de: 'Gemeinsame Werkstätten', en: 'Joint workshops', uk: 'Спільні майстерні' }, unit: '', baseline: 0, target: 3 }],
    project: 'gruenau-darnytskyi-groups',
  },
  {
    key: 'green-courtyards',
    priority: 'district-development',
    title: { de: 'Grüne Innenhöfe: Musterplanung für einen Block je Stadtteil', en: 'Green courtyards: model design for one block in each district', uk: 'Зелені двори: типовий проєкт для одного кварталу в кожному районі' },
    responsible: 'leipzig-green',
    startDate: '2020-04-01',
    endDate: '2021-10-31',
    budget: 15000,
  },
  {
    key: 'property-management-training',
    priority: 'housing-management',
    title: { de: 'Schulung für Hausverwaltungen und Mieterräte', en: 'Training for property managers and tenant councils', uk: 'Навчання для управителів будинків і рад мешканців' },
    responsible: 'leipzig-renewal',
    partners: ['darnytskyi-administration'],
    startDate: '2019-05-01',
    endDate: '2020-06-30',
    budget: 12000,
    indicators: [{ key: 'participants', name: { de: 'Teilnehmende', en: 'Participants', uk: 'Учасники' }, unit: '', baseline: 0, target: 40 }],
    project: 'gruenau-darnytskyi-groups',
  },
  {
    key: 'energy-refurbishment',
    priority: 'housing-management',
    title: { de: 'Energetische Sanierung: Erfahrungen aus Plattenbauten teilen', en: 'Energy refurbishment: sharing experience from prefabricated blocks', uk: 'Енергоефективна реновація: обмін досвідом щодо панельних будинків' },
    responsible: 'leipzig-renewal',
    startDate: '2020-01-01',
    endDate: '2020-12-31',
    budget: 6000,
  },
  {
    key: 'youth-exchange',
    priority: 'socio-culture',
    title: { de: 'Jugendaustausch der Stadtteilzentren', en: 'Youth exchange between the community centres', uk: 'Молодіжний обмін між громадськими центрами' },
    responsible: 'heizhaus',
    partners: ['komm-haus'],
    startDate: '2019-06-01',
    endDate: '2019-09-30',
    budget: 14000,
    indicators: [{ key: 'young-people', name: { de: 'Jugendliche', en: 'Young people', uk: 'Молоді люди' }, unit: '', baseline: 0, target: 24 }],
    project: 'gruenau-darnytskyi-groups',
  },
  {
    key: 'theatre-workshop',
    priority: 'socio-culture',
    title: { de: 'Zweisprachige Theaterwerkstatt', en: 'Bilingual theatre workshop', uk: 'Двомовна театральна майстерня' },
    responsible: 'theatrium',
    startDate: '2020-03-01',
    endDate: '2021-06-30',
    budget: 8000,
  },
  {
    key: 'open-schoolyards',
    priority: 'schools',
    title: { de: 'Schulhöfe nachmittags öffnen', en: 'Open schoolyards in the afternoon', uk: 'Відкриті шкільні подвір’я після уроків' },
    responsible: 'leipzig-youth',
    startDate: '2019-09-01',
    endDate: '2020-07-31',
    budget: 5000,
    indicators: [{ key: 'schools', name: { de: 'Geöffnete Schulhöfe', en: 'Schoolyards opened', uk: 'Відкриті подвір’я' }, unit: '', baseline: 0, target: 4 }],
  },
  {
    key: 'school-partnerships',
    priority: 'schools',
    title: { de: 'Schulpartnerschaften zwischen Grünau und Darnyzkyj', en: 'School partnerships between Grünau and Darnytskyi', uk: 'Шкільні партнерства між Грюнау та Дарницьким районом' },
    responsible: 'leipzig-youth',
    partners: ['darnytskyi-administration'],
    startDate: '2020-09-01',
    endDate: '2021-12-31',
  },
];

const indicatorId = (measure: string, key: string) => demoId(`indicator:${measure}:${key}`);

export const demoMeasures: (typeof actionPlanMeasures.$inferInsert)[] = measures.map((measure, position) => ({
  id: demoId(`measure:${measure.key}`),
  planId: PLAN,
  priorityId: demoId(`priority:${measure.priority}`),
  position,
  title: measure.title,
  description: measure.description ?? {},
  responsibleOrganizationId: measure.responsible ? demoId(`organization:${measure.responsible}`) : null,
  startDate: measure.startDate,
  endDate: measure.endDate,
  budget: measure.budget ?? null,
  currency: 'EUR',
  funding: measure.funding ?? {},
  indicators: (measure.indicators ?? []).map((indicator) => ({ id: indicatorId(measure.key, indicator.key), name: indicator.name, unit: indicator.unit, baseline: indicator.baseline, target: indicator.target })),
  projectId: measure.project ? demoId(`project:${measure.project}`) : null,
}));

export const demoMeasurePartners: (typeof actionPlanMeasurePartners.$inferInsert)[] = measures.flatMap((measure) =>
  (measure.partners ?? []).map((partner, position) => ({ measureId: demoId(`measure:${measure.key}`), planId: PLAN, organizationId: demoId(`organization:${partner}`), position })),
);

const report = (measure: string, reportedOn: string, status: 'on_track' | 'at_risk' | 'delayed' | 'done', note: string, values: Record<string, number> = {}) => ({
  id: demoId(`progress:${measure}:${reportedOn}`),
  planId: PLAN,
  measureId: demoId(`measure:${measure}`),
  reportedOn,
  status,
  note,
  indicatorValues: Object.fromEntries(Object.entries(values).map(([key, value]) => [indicatorId(measure, key), value])),
  reporterName: 'Stadtdialog Demo',
});

export const demoProgress: (typeof measureProgressUpdates.$inferInsert)[] = [
  report('district-concept-exchange', '2019-06-15', 'on_track', 'Erste Werkstatt in Kiew mit Planern beider Stadtteile.', { workshops: 1 }),
  report('district-concept-exchange', '2019-11-28', 'done', 'Dritte Werkstatt in Leipzig; Ergebnisse dokumentiert.', { workshops: 3 }),
  report('property-management-training', '2019-10-01', 'on_track', 'Zwei Module durchgeführt.', { participants: 22 }),
  report('property-management-training', '2020-04-20', 'delayed', 'Präsenzmodule wegen Reisebeschränkungen verschoben.', { participants: 26 }),
  report('youth-exchange', '2019-09-25', 'done', 'Begegnung in Grünau mit 26 Jugendlichen.', { 'young-people': 26 }),
  report('open-schoolyards', '2020-02-10', 'at_risk', 'Aufsicht am Nachmittag noch nicht an allen Schulen geklärt.', { schools: 2 }),
  report('theatre-workshop', '2020-10-05', 'on_track', 'Proben laufen online weiter.'),
];
