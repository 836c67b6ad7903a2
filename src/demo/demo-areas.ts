import type { areaIndicators, areaIndicatorValues, areaMonitorAreas, areaMonitors, areaPilotSelections } from '../modules/areas/areas.tables.js';
import { computeNeedIndex } from '../modules/areas/need-index.js';
import { demoId } from './demo-id.js';

const MONITOR = demoId('monitor:leipzig-support-needs');
const AREAS = ['leipziger-osten', 'gruenau', 'leipzig-schoenefeld', 'leipzig-paunsdorf', 'leipzig-mockau', 'leipzig-lindenau'] as const;
const GLAUCHAU_MONITOR = demoId('monitor:glauchau-funding-areas');
const GLAUCHAU_AREAS = ['unterstadt-mulde', 'scherberg'] as const;

export const demoMonitors: Omit<typeof areaMonitors.$inferInsert, 'workspaceId'>[] = [
  {
    id: MONITOR,
    visibility: 'public',
    title: { de: 'Gebiete mit besonderem Unterstützungsbedarf in Leipzig', en: 'Leipzig areas with particular support needs', uk: 'Території Лейпцига з особливою потребою в підтримці' },
    description: {
      de: 'Kandidatengebiete des Pilotprojekts „Integration durch Initiativmanagement“. Die Werte sind Beispieldaten zur Veranschaulichung, keine amtliche Statistik.',
      en: 'Candidate areas of the pilot project “Integration through neighbourhood initiative management”. The values are illustrative sample data, not official statistics.',
      uk: 'Території-кандидати пілотного проєкту «Інтеграція через управління ініціативами». Значення є ілюстративними прикладами, а не офіційною статистикою.',
    },
    cityPlaceId: demoId('place:leipzig'),
    projectId: demoId('project:integration-initiative-management'),
  },
  {
    id: GLAUCHAU_MONITOR,
    visibility: 'public',
    title: { de: 'Fördergebiete der Stadt Glauchau', en: 'Glauchau’s urban renewal areas', uk: 'Території міського оновлення Глаухау' },
    description: {
      de: 'Die Quartiere, in denen Glauchau Mittel der Städtebauförderung einsetzt.',
      en: 'The quarters where Glauchau uses urban development funding.',
      uk: 'Квартали, де Глаухау використовує кошти програм розвитку міст.',
    },
    cityPlaceId: demoId('place:glauchau'),
    projectId: null,
  },
];

export const demoMonitorAreas: (typeof areaMonitorAreas.$inferInsert)[] = [
  ...AREAS.map((key) => ({ monitorId: MONITOR, placeId: demoId(`place:${key}`) })),
  ...GLAUCHAU_AREAS.map((key) => ({ monitorId: GLAUCHAU_MONITOR, placeId: demoId(`place:${key}`) })),
];

const indicators = [
  { key: 'unemployment_rate', name: { de: 'Arbeitslosenquote', en: 'Unemployment rate', uk: 'Рівень безробіття' }, unit: '%', direction: 'higher_is_worse', weight: 2 },
  { key: 'basic_income_rate', name: { de: 'Anteil Grundsicherung (SGB II)', en: 'Share receiving basic income support', uk: 'Частка отримувачів базової допомоги' }, unit: '%', direction: 'higher_is_worse', weight: 2 },
  { key: 'child_poverty', name: { de: 'Kinder in Bedarfsgemeinschaften', en: 'Children in households on basic support', uk: 'Діти в сім’ях, що отримують допомогу' }, unit: '%', direction: 'higher_is_worse', weight: 1 },
  { key: 'voter_turnout', name: { de: 'Wahlbeteiligung', en: 'Voter turnout', uk: 'Явка на вибори' }, unit: '%', direction: 'higher_is_better', weight: 1 },
] as const;

export const demoIndicators: (typeof areaIndicators.$inferInsert)[] = indicators.map((indicator, position) => ({
  id: demoId(`area-indicator:${indicator.key}`),
  monitorId: MONITOR,
  key: indicator.key,
  name: indicator.name,
  unit: indicator.unit,
  direction: indicator.direction,
  weight: indicator.weight,
  source: 'Beispieldaten',
  position,
}));

/** Illustrative values for 2016, in the order of AREAS. */
const VALUES: Record<(typeof indicators)[number]['key'], number[]> = {
  unemployment_rate: [14.8, 11.2, 12.5, 9.6, 10.4, 8.1],
  basic_income_rate: [27.5, 21.3, 22.8, 17.9, 19.6, 14.2],
  child_poverty: [44.1, 36.0, 38.2, 29.5, 33.7, 24.8],
  voter_turnout: [48.2, 52.7, 51.1, 58.4, 55.0, 63.9],
};

export const demoIndicatorValues: (typeof areaIndicatorValues.$inferInsert)[] = indicators.flatMap((indicator) =>
  AREAS.map((area, index) => ({ monitorId: MONITOR, indicatorId: demoId(`area-indicator:${indicator.key}`), placeId: demoId(`place:${area}`), period: '2016', value: VALUES[indicator.key][index]! })),
);

const demoRanking = computeNeedIndex(
  AREAS.map((area) => demoId(`place:${area}`)),
  indicators.map((indicator) => ({ id: indicator.key, direction: indicator.direction, weight: indicator.weight })),
  new Map(AREAS.map((area, index) => [demoId(`place:${area}`), new Map(indicators.map((indicator) => [indicator.key, VALUES[indicator.key][index]!]))])),
);
const osten = demoRanking.find((area) => area.placeId === demoId('place:leipziger-osten'))!;

export const demoPilotSelections: (typeof areaPilotSelections.$inferInsert)[] = [
  {
    id: demoId('selection:leipziger-osten'),
    monitorId: MONITOR,
    placeId: demoId('place:leipziger-osten'),
    period: '2016',
    rationale: {
      de: 'Höchster Bedarfsindex der Kandidatengebiete, viele neu zugezogene Familien, aktive Initiativen und Vereine als Anknüpfungspunkte, keine laufende Förderkulisse.',
      en: 'Highest need index of the candidate areas, many newly arrived families, active initiatives and associations to build on, no current funding area.',
      uk: 'Найвищий індекс потреб серед кандидатів, багато нових сімей, активні ініціативи й об’єднання як опора, немає поточної програми фінансування.',
    },
    projectId: demoId('project:integration-initiative-management'),
    selectedOn: '2017-03-15',
    needIndex: { score: osten.score, rank: osten.rank, areas: AREAS.length, weights: { unemployment_rate: 2, basic_income_rate: 2, child_poverty: 1, voter_turnout: 1 } },
  },
];
