import type { partnershipParties, partnerships } from '../modules/partnerships/partnerships.tables.js';
import { demoId } from './demo-id.js';

type PartnershipSeed = Omit<typeof partnerships.$inferInsert, 'workspaceId'>;
type PartySeed = typeof partnershipParties.$inferInsert;

export const demoPartnerships: PartnershipSeed[] = [
  {
    id: demoId('partnership:leipzig-kyiv'),
    visibility: 'public',
    kind: 'city_twinning',
    title: { de: 'Städtepartnerschaft Leipzig – Kiew', en: 'Leipzig – Kyiv city twinning', uk: 'Партнерство міст Лейпциг – Київ' },
    description: {
      de: 'Eine der ältesten Städtepartnerschaften Leipzigs, begründet 1961. Unter ihrem Dach arbeiten inzwischen auch einzelne Stadtteile direkt zusammen.',
      en: 'One of Leipzig’s oldest twinnings, founded in 1961. Individual districts of both cities now cooperate directly under its roof.',
      uk: 'Одне з найстаріших партнерств Лейпцига, засноване 1961 року. Під його дахом тепер безпосередньо співпрацюють і окремі райони обох міст.',
    },
    since: '1961-01-01',
    sincePrecision: 'year',
    status: 'active',
  },
  {
    id: demoId('partnership:gruenau-darnytskyi'),
    visibility: 'public',
    kind: 'district_partnership',
    title: { de: 'Stadtteilpartnerschaft Grünau – Darnyzkyj', en: 'Grünau – Darnytskyi district partnership', uk: 'Партнерство районів Грюнау – Дарницький' },
    description: {
      de: 'Zwei große Wohngebiete am Stadtrand lernen voneinander: Stadtteilentwicklung, Wohnungsverwaltung, Soziokultur und Schulen als Orte für das Quartier. Ein dreiteiliges Besuchsprogramm 2018 mündete in einen gemeinsamen Aktionsplan.',
      en: 'Two large housing estates on the edge of their cities learn from each other: district development, housing management, socio-culture and schools as neighbourhood hubs. A three-part visit programme in 2018 led to a joint action plan.',
      uk: 'Два великі житлові масиви на околицях своїх міст навчаються одне в одного: розвиток району, управління житлом, соціокультура та школи як центри громади. Трьохетапна програма візитів 2018 року завершилася спільним планом дій.',
    },
    since: '2018-05-01',
    sincePrecision: 'month',
    status: 'active',
    parentId: demoId('partnership:leipzig-kyiv'),
  },
];

const party = (partnership: string, position: number, placeKey: string): PartySeed => ({
  id: demoId(`party:${partnership}:${placeKey}`),
  partnershipId: demoId(`partnership:${partnership}`),
  placeId: demoId(`place:${placeKey}`),
  position,
});

export const demoPartnershipParties: PartySeed[] = [
  party('leipzig-kyiv', 0, 'leipzig'),
  party('leipzig-kyiv', 1, 'kyiv'),
  party('gruenau-darnytskyi', 0, 'gruenau'),
  party('gruenau-darnytskyi', 1, 'darnytskyi'),
];
