import type {
  exchangeDelegations,
  exchangeOrganizations,
  exchanges,
  exchangeSeries,
} from '../modules/exchanges/exchanges.tables.js';
import { demoId } from './demo-id.js';

type SeriesSeed = Omit<typeof exchangeSeries.$inferInsert, 'workspaceId'>;
type ExchangeSeed = Omit<typeof exchanges.$inferInsert, 'workspaceId'>;
type RoleSeed = typeof exchangeOrganizations.$inferInsert;
type DelegationSeed = typeof exchangeDelegations.$inferInsert;

const GRUENAU = 'gruenau-darnytskyi';

export const demoExchangeSeries: SeriesSeed[] = [
  {
    id: demoId('series:congress-2015'),
    visibility: 'public',
    title: {
      de: 'Bundeskongress 2015 mit internationaler Lernreise',
      en: 'Federal congress 2015 with an international peer-learning trip',
      uk: 'Федеральний конгрес 2015 з міжнародною навчальною поїздкою',
    },
    plannedParts: 2,
  },
  {
    id: demoId('series:gruenau-darnytskyi-2018'),
    visibility: 'public',
    title: {
      de: 'Besuchsprogramm Grünau – Darnyzkyj 2018',
      en: 'Grünau – Darnytskyi visit programme 2018',
      uk: 'Програма візитів Грюнау – Дарницький 2018',
    },
    plannedParts: 3,
    partnershipId: demoId(`partnership:${GRUENAU}`),
  },
];

export const demoExchanges: ExchangeSeed[] = [
  {
    id: demoId('exchange:gruenau-visit-2018-05'),
    visibility: 'public',
    kind: 'delegation_visit',
    title: {
      de: 'Erster Besuch der Kiewer Delegation in Leipzig-Grünau',
      en: 'First visit of the Kyiv delegation to Leipzig-Grünau',
      uk: 'Перший візит київської делегації: Лейпциг-Грюнау',
    },
    description: {
      de: 'Kennenlernen: wie Beteiligung im Stadtteil gelingt, wer in Grünau was tut, und erste Ideen für gemeinsame Projekte.',
      en: 'Getting to know each other: what makes participation in a district work, who does what in Grünau, and first ideas for joint projects.',
      uk: 'Знайомство: що робить участь мешканців у житті району успішною, хто чим займається в Грюнау, та перші ідеї спільних проєктів.',
    },
    startDate: '2018-05-14',
    endDate: '2018-05-18',
    timeZone: 'Europe/Berlin',
    status: 'completed',
    venuePlaceId: demoId('place:gruenau'),
    partnershipId: demoId(`partnership:${GRUENAU}`),
    seriesId: demoId('series:gruenau-darnytskyi-2018'),
    seriesPart: 1,
  },
  {
    id: demoId('exchange:darnytskyi-return-2018-09'),
    visibility: 'public',
    kind: 'return_visit',
    title: {
      de: 'Gegenbesuch der Leipziger in Kiew-Darnyzkyj',
      en: 'Return visit of the Leipzig group to Kyiv-Darnytskyi',
      uk: 'Зустрічний візит лейпцизької групи до Дарницького району Києва',
    },
    description: {
      de: 'Die Leipziger Seite lernt die Arbeitsweise der Darnyzkyjer Verwaltung, ihrer kommunalen Unternehmen und sozialen Einrichtungen kennen.',
      en: 'The Leipzig side gets to know how the Darnytskyi administration, its municipal enterprises and social institutions work.',
      uk: 'Лейпцизька сторона знайомиться з роботою Дарницької адміністрації, комунальних підприємств і соціальних закладів.',
    },
    startDate: '2018-09-17',
    endDate: '2018-09-21',
    timeZone: 'Europe/Kyiv',
    status: 'completed',
    venuePlaceId: demoId('place:darnytskyi'),
    partnershipId: demoId(`partnership:${GRUENAU}`),
    seriesId: demoId('series:gruenau-darnytskyi-2018'),
    seriesPart: 2,
  },
  {
    id: demoId('exchange:gruenau-visit-2018-12'),
    visibility: 'public',
    kind: 'delegation_visit',
    title: {
      de: 'Fünftägiger Arbeitsbesuch: vom Besuchsprogramm zum Aktionsplan',
      en: 'Five-day working visit: from visit programme to action plan',
      uk: 'П’ятиденний робочий візит: від програми візитів до плану дій',
    },
    description: {
      de: 'Abschluss des Programms und Auftakt der Projektarbeit: vier Projektgruppen aus beiden Stadtteilen arbeiten an Stadtteilentwicklung, Wohnungsbewirtschaftung, Soziokultur und Schulen im Quartier. Ihre Ergebnisse fließen in den gemeinsamen Aktionsplan ab 2019.',
      en: 'The programme closes and project work begins: four project groups from both districts work on district development, housing management, socio-culture and schools in the neighbourhood. Their results feed the joint action plan from 2019.',
      uk: 'Завершення програми і початок проєктної роботи: чотири проєктні групи з обох районів працюють над розвитком району, управлінням житлом, соціокультурою та школами в громаді. Їхні результати ввійдуть до спільного плану дій з 2019 року.',
    },
    startDate: '2018-12-03',
    endDate: '2018-12-07',
    timeZone: 'Europe/Berlin',
    status: 'completed',
    venuePlaceId: demoId('place:leipzig'),
    partnershipId: demoId(`partnership:${GRUENAU}`),
    seriesId: demoId('series:gruenau-darnytskyi-2018'),
    seriesPart: 3,
  },
  {
    id: demoId('exchange:munich-workshop-2023'),
    visibility: 'public',
    kind: 'workshop',
    title: {
      de: 'Projektplanungsworkshop „Resilienz in Kriegszeiten“',
      en: 'Project-planning workshop “Resilience in times of war”',
      uk: 'Воркшоп із планування проєктів «Стійкість у воєнний час»',
    },
    description: {
      de: 'Zwei Tage in München, einen Monat nach der deutsch-ukrainischen Partnerschaftskonferenz in Leipzig: Delegierte ukrainischer, kosovarischer und deutscher Kommunen, zweier Stadtwerke und der Privatwirtschaft planen Projekte zu lokaler Wirtschaft, erneuerbarer Energie und integrierter Stadtentwicklung.',
      en: 'Two days in Munich, a month after the German-Ukrainian partnership conference in Leipzig: delegates of Ukrainian, Kosovar and German municipalities, two utilities and private companies plan projects on local economy, renewable energy and integrated urban development.',
      uk: 'Два дні в Мюнхені, через місяць після німецько-української партнерської конференції в Лейпцигу: делегати українських, косовських і німецьких громад, двох комунальних підприємств і приватного сектору планують проєкти з місцевої економіки, відновлюваної енергетики та інтегрованого розвитку міст.',
    },
    startDate: '2023-11-28',
    endDate: '2023-11-29',
    timeZone: 'Europe/Berlin',
    status: 'completed',
    venuePlaceId: demoId('place:munich'),
    capacity: 45,
    reportedParticipants: 36,
  },
];

demoExchanges.push(
  {
    id: demoId('exchange:congress-2015'),
    visibility: 'public',
    kind: 'conference',
    title: {
      de: '9. Bundeskongress Nationale Stadtentwicklungspolitik',
      en: '9th Federal Congress on National Urban Development Policy',
      uk: '9-й федеральний конгрес національної політики міського розвитку',
    },
    description: {
      de: 'Drei Kongresstage in Leipzig unter dem Leitgedanken „Städtische Energien – Integration leben“. Das Bauministerium hat dazu Vertreterinnen und Vertreter seiner internationalen Partner aus Staat und Kommunen eingeladen, die im Anschluss an der Lernreise teilnehmen.',
      en: 'Three days of congress in Leipzig under the motto “Urban energies – living integration”. The building ministry invited representatives of its international partners, national and local, who go on to the peer-learning trip afterwards.',
      uk: 'Три дні конгресу в Лейпцигу під гаслом «Міські енергії – жити інтеграцією». Міністерство будівництва запросило представників своїх міжнародних партнерів національного й місцевого рівня, які після конгресу беруть участь у навчальній поїздці.',
    },
    startDate: '2015-09-16',
    endDate: '2015-09-18',
    timeZone: 'Europe/Berlin',
    status: 'completed',
    venuePlaceId: demoId('place:leipzig'),
    seriesId: demoId('series:congress-2015'),
    seriesPart: 1,
  },
  {
    id: demoId('exchange:peer-learning-trip-2015'),
    visibility: 'public',
    kind: 'peer_learning_trip',
    title: {
      de: 'Internationale Lernreise: sozial nachhaltige Stadtentwicklung',
      en: 'International peer-learning trip: socially sustainable urban development',
      uk: 'Міжнародна навчальна поїздка: соціально сталий розвиток міст',
    },
    description: {
      de: 'Vier Tage in Leipzig, Nürnberg und München für Delegationen aus Südafrika, den USA, Indien und der Ukraine: Strategien und Förderinstrumente für benachteiligte Stadtteile, vor allem aus dem Programm „Soziale Stadt“, und Partnerschaften zwischen Verwaltung, Wirtschaft und Zivilgesellschaft.',
      en: 'Four days in Leipzig, Nuremberg and Munich for delegations from South Africa, the USA, India and Ukraine: strategies and funding instruments for disadvantaged neighbourhoods, above all from the “Social City” programme, and partnerships between administration, business and civil society.',
      uk: 'Чотири дні в Лейпцигу, Нюрнберзі та Мюнхені для делегацій з Південної Африки, США, Індії та України: стратегії й інструменти фінансування для неблагополучних районів, насамперед з програми «Соціальне місто», та партнерства між адміністрацією, бізнесом і громадянським суспільством.',
    },
    startDate: '2015-09-18',
    endDate: '2015-09-21',
    timeZone: 'Europe/Berlin',
    status: 'completed',
    venuePlaceId: demoId('place:leipzig'),
    seriesId: demoId('series:congress-2015'),
    seriesPart: 2,
  },
);

/** Quarterly meetings of the Saxon network in 2017 and 2018, each hosted by another member town. */
const NETWORK_MEETINGS: [key: string, date: string, host: string, hostDe: string, hostEn: string, hostUk: string][] = [
  ['2017-q1', '2017-01-26', 'leipzig', 'Leipzig', 'Leipzig', 'Лейпциг'],
  ['2017-q2', '2017-04-27', 'chemnitz', 'Chemnitz', 'Chemnitz', 'Хемніц'],
  ['2017-q3', '2017-07-13', 'zwickau', 'Zwickau', 'Zwickau', 'Цвіккау'],
  ['2017-q4', '2017-10-23', 'glauchau', 'Glauchau', 'Glauchau', 'Глаухау'],
  ['2018-q1', '2018-01-25', 'dresden', 'Dresden', 'Dresden', 'Дрезден'],
  ['2018-q2', '2018-04-26', 'plauen', 'Plauen', 'Plauen', 'Плауен'],
  ['2018-q3', '2018-07-12', 'goerlitz', 'Görlitz', 'Görlitz', 'Ґерліц'],
  ['2018-q4', '2018-10-18', 'bautzen', 'Bautzen', 'Bautzen', 'Баутцен'],
];

/** Which member hosted each network meeting: recorded when it was held. */
export const demoMeetingHosts: [exchange: string, member: string][] = NETWORK_MEETINGS.map(([key, , host]) => [
  demoId(`exchange:lag-sachsen-${key}`),
  demoId(`network-member:lag-sachsen:${host}`),
]);

for (const [key, date, host, hostDe, hostEn, hostUk] of NETWORK_MEETINGS) {
  demoExchanges.push({
    id: demoId(`exchange:lag-sachsen-${key}`),
    visibility: 'public',
    kind: 'network_meeting',
    title: {
      de: `Quartalstreffen des Netzwerks in ${hostDe}`,
      en: `Quarterly network meeting in ${hostEn}`,
      uk: `Щоквартальна зустріч мережі: ${hostUk}`,
    },
    description:
      host === 'glauchau'
        ? {
            de: 'Die Gastgeberstadt stellt ihre Fördergebiete und ihre drei Stadtteilmanagements vor; Schwerpunkt ist der Austausch über das sächsische ESF-Programm für nachhaltige soziale Stadtentwicklung 2014–2020. Zum Abschluss ein Rundgang durch die Innenstadt.',
            en: 'The host town presents its funding areas and its three neighbourhood managements; the main topic is the Saxon ESF programme for sustainable social urban development 2014–2020. A walk through the town centre closes the day.',
            uk: 'Місто-господар представляє свої території фінансування та три квартальні менеджменти; головна тема — саксонська програма ЄСФ зі сталого соціального розвитку міст 2014–2020. Завершує день прогулянка центром міста.',
          }
        : {},
    startDate: date,
    endDate: date,
    timeZone: 'Europe/Berlin',
    status: 'completed',
    venuePlaceId: demoId(`place:${host}`),
    networkId: demoId('network:lag-sachsen'),
    hostNetworkMemberId: demoId(`network-member:lag-sachsen:${host}`),
    reportedParticipants: host === 'glauchau' ? 25 : null,
  });
}

const role = (exchange: string, organization: string, kind: RoleSeed['role']): RoleSeed => ({
  id: demoId(`exchange-role:${exchange}:${organization}:${kind}`),
  exchangeId: demoId(`exchange:${exchange}`),
  organizationId: demoId(`organization:${organization}`),
  role: kind,
});

export const demoExchangeOrganizations: RoleSeed[] = [
  role('gruenau-visit-2018-05', 'leipzig-city', 'host'),
  role('gruenau-visit-2018-05', 'skew', 'funder'),
  role('darnytskyi-return-2018-09', 'darnytskyi-administration', 'host'),
  role('darnytskyi-return-2018-09', 'skew', 'funder'),
  role('gruenau-visit-2018-12', 'leipzig-city', 'host'),
  role('gruenau-visit-2018-12', 'leipzig-renewal', 'organizer'),
  role('gruenau-visit-2018-12', 'skew', 'funder'),
  role('munich-workshop-2023', 'connective-cities', 'organizer'),
  role('munich-workshop-2023', 'munich-city', 'host'),
  role('munich-workshop-2023', 'giz', 'implementer'),
  role('lag-sachsen-2017-q4', 'glauchau-qm', 'host'),
  role('lag-sachsen-2017-q4', 'glauchau-economy', 'host'),
  role('lag-sachsen-2017-q4', 'lag-sachsen', 'organizer'),
  role('congress-2015', 'bmub', 'host'),
  role('peer-learning-trip-2015', 'bmub', 'host'),
  role('peer-learning-trip-2015', 'giz', 'implementer'),
  role('peer-learning-trip-2015', 'giz', 'client'),
  role('peer-learning-trip-2015', 'bgh', 'support'),
];

const fromPlace = (exchange: string, placeKey: string, sectors: DelegationSeed['sectors'], size?: number): DelegationSeed => ({
  id: demoId(`delegation:${exchange}:${placeKey}`),
  exchangeId: demoId(`exchange:${exchange}`),
  fromPlaceId: demoId(`place:${placeKey}`),
  sectors,
  size: size ?? null,
});

const fromOrganization = (exchange: string, organizationKey: string, sectors: DelegationSeed['sectors'], size?: number): DelegationSeed => ({
  id: demoId(`delegation:${exchange}:${organizationKey}`),
  exchangeId: demoId(`exchange:${exchange}`),
  fromOrganizationId: demoId(`organization:${organizationKey}`),
  sectors,
  size: size ?? null,
});

const WORKSHOP = 'munich-workshop-2023';
const UKRAINIAN_WORKSHOP_TOWNS: [town: string, size: number][] = [
  ['sambir', 3],
  ['sumy', 3],
  ['brovary', 3],
  ['lutsk', 3],
  ['vinnytsia', 3],
  ['trostianets', 2],
  ['berezhany', 2],
  ['zbarazh', 2],
  ['mykolaiv', 3],
  ['melitopol', 2],
  ['novovolynsk', 2],
];

export const demoDelegations: DelegationSeed[] = [
  fromPlace('gruenau-visit-2018-05', 'darnytskyi', ['administration', 'municipal_enterprise', 'social_institution'], 8),
  fromPlace('darnytskyi-return-2018-09', 'gruenau', ['administration', 'civil_society'], 7),
  fromPlace('gruenau-visit-2018-12', 'darnytskyi', ['parliament', 'administration', 'municipal_enterprise', 'social_institution'], 12),
  ...UKRAINIAN_WORKSHOP_TOWNS.map(([town, size]) => fromPlace(WORKSHOP, town, ['administration'], size)),
  fromPlace(WORKSHOP, 'pristina', ['administration'], 2),
  fromPlace(WORKSHOP, 'drenas', ['administration'], 1),
  fromPlace(WORKSHOP, 'munich', ['administration'], 2),
  fromPlace(WORKSHOP, 'eichenau', ['administration'], 1),
  fromOrganization(WORKSHOP, 'stadtwerke-gersthofen', ['utility'], 1),
  fromOrganization(WORKSHOP, 'rheinenergie', ['utility'], 1),
  ...['za', 'us', 'in', 'ua'].map((country) => fromPlace('peer-learning-trip-2015', country, ['ministry', 'administration'])),
];
