import type { people } from '../modules/actors/people.tables.js';
import type { agendaSessions, exchangeOutcomes, exchangeStops } from '../modules/exchanges/exchange-program.tables.js';
import type { exchangeRegistrations } from '../modules/exchanges/registrations.tables.js';
import type { networkMemberUnavailability } from '../modules/networks/networks.tables.js';
import { demoId } from './demo-id.js';

type StopSeed = typeof exchangeStops.$inferInsert;
type SessionSeed = Omit<typeof agendaSessions.$inferInsert, 'themeId'> & { theme?: string };
type OutcomeSeed = typeof exchangeOutcomes.$inferInsert;
type PersonSeed = Omit<typeof people.$inferInsert, 'workspaceId'>;
type RegistrationSeed = typeof exchangeRegistrations.$inferInsert;
type UnavailabilitySeed = typeof networkMemberUnavailability.$inferInsert;

type Texts = Record<'de' | 'en' | 'uk', string>;

/** Themes of the demo exchanges, by theme slug. */
export const demoExchangeThemes: [exchange: string, theme: string][] = [
  ['gruenau-visit-2018-05', 'district-development'],
  ['gruenau-visit-2018-05', 'participation'],
  ['darnytskyi-return-2018-09', 'district-development'],
  ['darnytskyi-return-2018-09', 'participation'],
  ['gruenau-visit-2018-12', 'district-development'],
  ['gruenau-visit-2018-12', 'housing-management'],
  ['gruenau-visit-2018-12', 'socio-culture'],
  ['gruenau-visit-2018-12', 'schools-as-hubs'],
  ['munich-workshop-2023', 'local-economy'],
  ['munich-workshop-2023', 'renewable-energy'],
  ['munich-workshop-2023', 'integrated-urban-development'],
  ['munich-workshop-2023', 'resilience'],
  ['congress-2015', 'integrated-urban-development'],
  ['congress-2015', 'integration'],
  ['peer-learning-trip-2015', 'funding-instruments'],
  ['peer-learning-trip-2015', 'social-cohesion'],
  ['peer-learning-trip-2015', 'participation'],
  ...['2017-q1', '2017-q2', '2017-q3', '2017-q4', '2018-q1', '2018-q2', '2018-q3', '2018-q4'].map(
    (quarter): [string, string] => [`lag-sachsen-${quarter}`, 'neighbourhood-management'],
  ),
];

const TRIP = 'peer-learning-trip-2015';

/** The peer-learning trip of 2015: three towns, with what the delegations saw there. */
export const demoStops: StopSeed[] = [
  {
    id: demoId(`stop:${TRIP}:leipzig`),
    exchangeId: demoId(`exchange:${TRIP}`),
    position: 0,
    placeId: demoId('place:leipzig'),
    startDate: '2015-09-18',
    endDate: '2015-09-19',
    siteVisits: [
      { de: 'Leipziger Osten: Stadtteilmanagement und Fördergebiet der Sozialen Stadt', en: 'Leipzig East: neighbourhood management in a Social City area', uk: 'Східний Лейпциг: квартальний менеджмент у районі програми «Соціальне місто»' },
      { de: 'Grünau: Umbau einer Großwohnsiedlung', en: 'Grünau: remodelling a large housing estate', uk: 'Грюнау: перебудова великого житлового масиву' },
    ],
    note: {},
  },
  {
    id: demoId(`stop:${TRIP}:nuremberg`),
    exchangeId: demoId(`exchange:${TRIP}`),
    position: 1,
    placeId: demoId('place:nuremberg'),
    startDate: '2015-09-19',
    endDate: '2015-09-20',
    siteVisits: [
      { de: 'Stadterneuerung in der Südstadt', en: 'Urban renewal in the south of the city', uk: 'Оновлення південної частини міста' },
      { de: 'Gespräch mit der Stadtverwaltung über Förderinstrumente', en: 'Talk with the city administration about funding instruments', uk: 'Розмова з міською адміністрацією про інструменти фінансування' },
    ],
    note: {},
  },
  {
    id: demoId(`stop:${TRIP}:munich`),
    exchangeId: demoId(`exchange:${TRIP}`),
    position: 2,
    placeId: demoId('place:munich'),
    startDate: '2015-09-20',
    endDate: '2015-09-21',
    siteVisits: [
      { de: 'Quartiersmanagement in einem Gebiet der Sozialen Stadt', en: 'Neighbourhood management in a Social City area', uk: 'Квартальний менеджмент у районі програми «Соціальне місто»' },
      { de: 'Abschlussrunde: was die Delegationen mitnehmen', en: 'Closing round: what the delegations take home', uk: 'Підсумкова зустріч: що делегації забирають із собою' },
    ],
    note: {},
  },
];

const session = (
  exchange: string,
  key: string,
  day: string,
  startsAt: string | null,
  endsAt: string | null,
  kind: SessionSeed['kind'],
  title: Texts,
  extra: Partial<SessionSeed> = {},
): SessionSeed => ({
  id: demoId(`session:${exchange}:${key}`),
  exchangeId: demoId(`exchange:${exchange}`),
  day,
  startsAt,
  endsAt,
  kind,
  title,
  ...extra,
});

const DECEMBER = 'gruenau-visit-2018-12';
const group = (key: string) => demoId(`project-group:gruenau-darnytskyi:${key}`);
const person = (key: string) => demoId(`person:${key}`);

const GROUP_SESSIONS: [key: string, theme: string, lead: string, room: string, title: Texts][] = [
  ['district-development', 'district-development', 'lehmann', 'KOMM-Haus, Raum 1', { de: 'Projektgruppe Stadtteilentwicklungskonzepte', en: 'Project group: district development concepts', uk: 'Проєктна група: концепції розвитку району' }],
  ['housing-management', 'housing-management', 'richter', 'KOMM-Haus, Raum 2', { de: 'Projektgruppe Wohnungsbewirtschaftung', en: 'Project group: housing management', uk: 'Проєктна група: управління житлом' }],
  ['socio-culture', 'socio-culture', 'krueger', 'Heizhaus', { de: 'Projektgruppe Soziokultur und Freizeit', en: 'Project group: socio-culture and leisure', uk: 'Проєктна група: соціокультура та дозвілля' }],
  ['schools', 'schools-as-hubs', 'hartmann', 'KOMM-Haus, Raum 3', { de: 'Projektgruppe Schulen im Quartier', en: 'Project group: schools in the neighbourhood', uk: 'Проєктна група: школи в громаді' }],
];

/** The agenda of the five-day working visit of December 2018 and of the Munich workshop of 2023. */
export const demoSessions: SessionSeed[] = [
  session(DECEMBER, 'welcome', '2018-12-03', '10:00', '11:00', 'reception', { de: 'Empfang und Begrüßung', en: 'Welcome reception', uk: 'Привітання та прийом' }, { room: 'Neues Rathaus' }),
  session(
    DECEMBER,
    'aims',
    '2018-12-03',
    '11:15',
    '12:30',
    'talk',
    { de: 'Vom Besuchsprogramm zum Aktionsplan: Ziele der Woche', en: 'From visit programme to action plan: the aims of the week', uk: 'Від програми візитів до плану дій: цілі тижня' },
    {
      facilitatorPersonId: person('richter'),
      description: {
        de: 'Was die beiden Besuche im Mai und September ergeben haben und was bis Freitag entstehen soll.',
        en: 'What the visits in May and September brought, and what is to be ready by Friday.',
        uk: 'Що дали травневий і вересневий візити та що має бути готове до п’ятниці.',
      },
      room: 'Neues Rathaus',
    },
  ),
  session(DECEMBER, 'tour', '2018-12-03', '14:00', '16:30', 'walking_tour', { de: 'Rundgang durch Grünau', en: 'Walking tour through Grünau', uk: 'Прогулянка районом Грюнау' }, { facilitatorPersonId: person('lehmann'), theme: 'district-development' }),
  ...GROUP_SESSIONS.map(([key, theme, lead, room, title]) =>
    session(DECEMBER, `group-${key}`, '2018-12-04', '09:00', '12:30', 'project_group', title, { theme, facilitatorPersonId: person(lead), projectGroupId: group(key), room }),
  ),
  session(DECEMBER, 'estates', '2018-12-04', '14:00', '16:00', 'site_visit', { de: 'Besichtigung sanierter Wohnblöcke', en: 'Visit to refurbished housing blocks', uk: 'Огляд санованих житлових будинків' }, { theme: 'housing-management', facilitatorPersonId: person('richter') }),
  session(DECEMBER, 'komm-haus', '2018-12-05', '09:30', '11:00', 'site_visit', { de: 'Zu Gast im KOMM-Haus', en: 'Visiting the KOMM-Haus', uk: 'У гостях у KOMM-Haus' }, { theme: 'socio-culture', facilitatorPersonId: person('krueger') }),
  session(DECEMBER, 'heizhaus', '2018-12-05', '11:30', '13:00', 'site_visit', { de: 'Jugendkultur im Heizhaus', en: 'Youth culture at the Heizhaus', uk: 'Молодіжна культура в Heizhaus' }, { theme: 'socio-culture', facilitatorPersonId: person('schubert') }),
  session(DECEMBER, 'theatrium', '2018-12-05', '14:30', '16:00', 'site_visit', { de: 'Kinder- und Jugendtheater Theatrium', en: 'Theatrium children’s and youth theatre', uk: 'Дитячо-юнацький театр Theatrium' }, { theme: 'socio-culture', facilitatorPersonId: person('neumann') }),
  session(DECEMBER, 'measures', '2018-12-06', '09:00', '12:30', 'workshop', { de: 'Projektgruppen: Maßnahmen für den Aktionsplan', en: 'Project groups: measures for the action plan', uk: 'Проєктні групи: заходи для плану дій' }, { room: 'KOMM-Haus' }),
  session(DECEMBER, 'funding', '2018-12-06', '14:00', '15:30', 'discussion', { de: 'Wie gemeinsame Projekte finanziert werden', en: 'How joint projects get funded', uk: 'Як фінансувати спільні проєкти' }, { theme: 'funding-instruments', facilitatorPersonId: person('richter') }),
  session(DECEMBER, 'results', '2018-12-07', '09:30', '12:00', 'discussion', { de: 'Ergebnisse der Projektgruppen und nächste Schritte', en: 'Results of the project groups and next steps', uk: 'Результати проєктних груп і наступні кроки' }, { facilitatorPersonId: person('kravchenko'), room: 'Neues Rathaus' }),
  session(DECEMBER, 'farewell', '2018-12-07', '12:00', '13:00', 'reception', { de: 'Verabschiedung', en: 'Farewell', uk: 'Прощання' }, { room: 'Neues Rathaus' }),

  session('munich-workshop-2023', 'opening', '2023-11-28', '09:30', '10:15', 'talk', { de: 'Eröffnung und Vorstellungsrunde', en: 'Opening and introductions', uk: 'Відкриття та знайомство' }),
  session('munich-workshop-2023', 'economy', '2023-11-28', '10:30', '12:30', 'discussion', { de: 'Regionale und lokale Wirtschaftsentwicklung', en: 'Regional and local economic development', uk: 'Регіональний і місцевий економічний розвиток' }, { theme: 'local-economy' }),
  session('munich-workshop-2023', 'energy', '2023-11-28', '13:30', '15:30', 'discussion', { de: 'Erneuerbare Energie in der Kommune', en: 'Renewable energy in the municipality', uk: 'Відновлювана енергетика в громаді' }, { theme: 'renewable-energy' }),
  session('munich-workshop-2023', 'planning', '2023-11-29', '09:30', '12:00', 'workshop', { de: 'Integrierte Stadtentwicklung: Projektideen ausarbeiten', en: 'Integrated urban development: working out project ideas', uk: 'Інтегрований розвиток міст: опрацювання проєктних ідей' }, { theme: 'integrated-urban-development' }),
  session('munich-workshop-2023', 'next-steps', '2023-11-29', '13:00', '14:30', 'discussion', { de: 'Nächste Schritte und Partnerschaften', en: 'Next steps and partnerships', uk: 'Наступні кроки та партнерства' }),
];

/** What the working visit of December 2018 produced. */
export const demoOutcomes: OutcomeSeed[] = [
  {
    id: demoId(`outcome:${DECEMBER}:action-plan`),
    exchangeId: demoId(`exchange:${DECEMBER}`),
    kind: 'decision',
    text: {
      de: 'Beide Stadtteile erarbeiten einen gemeinsamen Aktionsplan, der die Schwerpunkte der Zusammenarbeit ab 2019 festlegt.',
      en: 'Both districts draw up a joint action plan setting the priorities of their cooperation from 2019.',
      uk: 'Обидва райони розробляють спільний план дій, що визначає пріоритети співпраці з 2019 року.',
    },
    status: 'done',
  },
  {
    id: demoId(`outcome:${DECEMBER}:draft`),
    exchangeId: demoId(`exchange:${DECEMBER}`),
    kind: 'task',
    text: {
      de: 'Entwurf des Aktionsplans aus den Ergebnissen der vier Projektgruppen an beide Bezirksverwaltungen senden',
      en: 'Send a draft action plan from the results of the four project groups to both district administrations',
      uk: 'Надіслати обом районним адміністраціям проєкт плану дій за результатами чотирьох проєктних груп',
    },
    ownerPersonId: person('richter'),
    dueOn: '2019-03-31',
    status: 'done',
  },
  {
    id: demoId(`outcome:${DECEMBER}:school-partnership`),
    exchangeId: demoId(`exchange:${DECEMBER}`),
    kind: 'idea',
    text: {
      de: 'Eine Partnerschaft zwischen einer Grünauer und einer Darnyzkyjer Schule, mit gegenseitigen Besuchen von Schülergruppen',
      en: 'A partnership between a school in Grünau and one in Darnytskyi, with pupils’ groups visiting each other',
      uk: 'Партнерство між школою в Грюнау та школою в Дарницькому районі з взаємними візитами учнівських груп',
    },
    ownerPersonId: person('hartmann'),
    status: 'in_progress',
  },
];

const WORKSHOP = 'munich-workshop-2023';

/** The delegates of the Munich workshop, by delegation: invented names, held on the basis of their consent. */
const DELEGATES: [delegation: string, people: [given: string, family: string][], organization?: string][] = [
  ['sambir', [['Olena', 'Kovalchuk'], ['Andrii', 'Shevchenko'], ['Iryna', 'Bondar']]],
  ['sumy', [['Mykhailo', 'Tkachuk'], ['Oksana', 'Kravets'], ['Serhii', 'Oliinyk']]],
  ['brovary', [['Tetiana', 'Moroz'], ['Volodymyr', 'Lysenko'], ['Nataliia', 'Marchuk']]],
  ['lutsk', [['Yurii', 'Savchuk'], ['Halyna', 'Polishchuk'], ['Dmytro', 'Rudenko']]],
  ['vinnytsia', [['Liudmyla', 'Karpenko'], ['Bohdan', 'Pavliuk'], ['Svitlana', 'Vasylenko']]],
  ['trostianets', [['Oleh', 'Zinchenko'], ['Mariia', 'Humeniuk']]],
  ['berezhany', [['Roman', 'Levchenko'], ['Yuliia', 'Yaremchuk']]],
  ['zbarazh', [['Vasyl', 'Fedoruk'], ['Khrystyna', 'Demchenko']]],
  ['mykolaiv', [['Ihor', 'Sydorenko'], ['Nadiia', 'Kostiuk'], ['Petro', 'Boiko']]],
  ['melitopol', [['Larysa', 'Melnychuk'], ['Taras', 'Prykhodko']]],
  ['novovolynsk', [['Viktoriia', 'Ostapchuk'], ['Anatolii', 'Kushnir']]],
  ['pristina', [['Arben', 'Krasniqi'], ['Drita', 'Berisha']]],
  ['drenas', [['Blerim', 'Gashi']]],
  ['munich', [['Claudia', 'Huber'], ['Stefan', 'Maier']], 'munich-city'],
  ['eichenau', [['Monika', 'Schuster']]],
  ['stadtwerke-gersthofen', [['Markus', 'Wagner']], 'stadtwerke-gersthofen'],
  ['rheinenergie', [['Julia', 'Becker']], 'rheinenergie'],
];

const COUNTRY: Record<string, string> = { pristina: 'XK', drenas: 'XK', munich: 'DE', eichenau: 'DE', 'stadtwerke-gersthofen': 'DE', rheinenergie: 'DE' };
const LANGUAGES: Record<string, string[]> = { UA: ['uk', 'en'], XK: ['sq', 'en'], DE: ['de', 'en'] };

const slugOf = (given: string, family: string) => `${given}-${family}`.toLowerCase();

export const demoDelegates: PersonSeed[] = DELEGATES.flatMap(([delegation, names]) =>
  names.map(([givenName, familyName]) => ({
    id: demoId(`person:delegate:${slugOf(givenName, familyName)}`),
    visibility: 'workspace' as const,
    givenName,
    familyName,
    languages: LANGUAGES[COUNTRY[delegation] ?? 'UA']!,
    consentBasis: 'consent' as const,
    consentObtainedOn: '2023-11-02',
    consentNote: 'Zur Werkstatt angemeldet und einverstanden, in der Teilnahmeliste zu stehen.',
    consentRecordedAt: new Date('2023-11-02T09:00:00Z'),
  })),
);

/** Everyone registered for the Munich workshop attended it: 36 people in 17 delegations. */
export const demoRegistrations: RegistrationSeed[] = DELEGATES.flatMap(([delegation, names, organization], group) =>
  names.map(([givenName, familyName], index) => {
    const order = group * 3 + index;
    const registeredAt = new Date(Date.UTC(2023, 9, 30, 8, order * 7));
    return {
      id: demoId(`registration:${WORKSHOP}:${slugOf(givenName, familyName)}`),
      exchangeId: demoId(`exchange:${WORKSHOP}`),
      personId: demoId(`person:delegate:${slugOf(givenName, familyName)}`),
      delegationId: demoId(`delegation:${WORKSHOP}:${delegation}`),
      organizationId: organization ? demoId(`organization:${organization}`) : null,
      countryCode: COUNTRY[delegation] ?? 'UA',
      state: 'attended' as const,
      registeredAt,
      stateChangedAt: new Date(Date.UTC(2023, 10, 28, 7, 45, order * 20)),
      confirmedAt: new Date(Date.UTC(2023, 10, 3, 10, order)),
      checkedInAt: new Date(Date.UTC(2023, 10, 28, 7, 45, order * 20)),
    };
  }),
);

/** A member of the Saxon network that could not host for half a year. */
export const demoUnavailability: UnavailabilitySeed[] = [
  {
    id: demoId('unavailability:lag-sachsen:riesa:2019'),
    networkMemberId: demoId('network-member:lag-sachsen:riesa'),
    fromDate: '2019-01-01',
    toDate: '2019-06-30',
    note: 'Rathaus wegen Umbau geschlossen',
  },
];
