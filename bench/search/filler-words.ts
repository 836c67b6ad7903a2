/**
 * Word lists of the filler documents: the vocabulary of municipal cooperation in German, English
 * and Ukrainian, and towns that are not part of the judged corpus, so the judged records compete
 * with many documents sharing their theme words but not their names.
 */
export interface Vocabulary {
  subjects: string[];
  verbs: string[];
  objects: string[];
  adjectives: string[];
  places: string[];
  times: string[];
  connectors: string[];
  titles: string[];
}

type Language = 'de' | 'en' | 'uk';
const LANGUAGES: readonly Language[] = ['de', 'en', 'uk'];

/** One word or phrase in German, English and Ukrainian: the languages' lists stay translations of each other. */
type Translated = readonly [de: string, en: string, uk: string];

/** Who does something and what they do, in each language's own words. */
const ACTORS: Record<Language, Pick<Vocabulary, 'subjects' | 'verbs'>> = {
  de: {
    subjects: ['Die Stadtverwaltung', 'Der Stadtrat', 'Die Projektgruppe', 'Das Quartiersmanagement', 'Die Partnerstadt', 'Der Bürgermeister', 'Die Arbeitsgruppe', 'Das Bauamt', 'Die Delegation', 'Der Verein', 'Die Genossenschaft', 'Die Stadtwerke', 'Das Jugendamt', 'Der Landkreis', 'Die Kommune', 'Die Fachleute', 'Das Planungsbüro', 'Die Hochschule', 'Der Beirat', 'Die Nachbarschaft'],
    verbs: ['plant', 'berät über', 'stellt vor', 'fördert', 'prüft', 'dokumentiert', 'bewertet', 'finanziert', 'erarbeitet', 'diskutiert', 'unterstützt', 'saniert', 'modernisiert', 'organisiert', 'beschließt', 'vergleicht', 'begleitet', 'erweitert'],
  },
  en: {
    subjects: ['The city council', 'The project team', 'The mayor', 'The working group', 'The partner city', 'The housing department', 'The delegation', 'The neighbourhood association', 'The municipal utility', 'The youth council', 'The regional office', 'The planning unit', 'The university', 'The steering committee', 'Local residents', 'The network secretariat'],
    verbs: ['plans', 'discusses', 'presents', 'supports', 'reviews', 'documents', 'evaluates', 'funds', 'prepares', 'compares', 'renovates', 'modernises', 'organises', 'approves', 'extends', 'monitors'],
  },
  uk: {
    subjects: ['Міська рада', 'Проєктна група', 'Міський голова', 'Робоча група', 'Місто-партнер', 'Управління житлового господарства', 'Делегація', 'Громадська організація', 'Комунальне підприємство', 'Молодіжна рада', 'Обласна адміністрація', 'Відділ планування', 'Університет', 'Керівний комітет', 'Мешканці', 'Секретаріат мережі'],
    verbs: ['планує', 'обговорює', 'представляє', 'підтримує', 'перевіряє', 'документує', 'оцінює', 'фінансує', 'готує', 'порівнює', 'ремонтує', 'модернізує', 'організовує', 'затверджує', 'розширює', 'відстежує'],
  },
};

const OBJECTS: Translated[] = [
  ['die Sanierung der Schule', 'the renovation of schools', 'ремонт шкіл'],
  ['ein Konzept zur Stadtentwicklung', 'a strategy for urban development', 'стратегію розвитку міста'],
  ['die Beteiligung der Einwohner', 'the involvement of residents', 'залучення мешканців'],
  ['den Ausbau der Radwege', 'new cycle lanes', 'нові велодоріжки'],
  ['die Energieversorgung', 'the energy supply', 'енергопостачання'],
  ['einen Austausch der Verwaltungen', 'an exchange of civil servants', 'обмін досвідом між адміністраціями'],
  ['die Partnerschaft', 'the partnership', 'партнерство'],
  ['den Wiederaufbau', 'the reconstruction', 'відбудову'],
  ['die Wärmeversorgung', 'the heating network', 'теплову мережу'],
  ['das Nachbarschaftszentrum', 'the community centre', 'громадський центр'],
  ['die Digitalisierung der Verwaltung', 'digital public services', 'цифрові послуги'],
  ['den öffentlichen Nahverkehr', 'public transport', 'громадський транспорт'],
  ['die Grünflächen', 'green spaces', 'зелені зони'],
  ['ein Förderprogramm', 'a funding scheme', 'програму фінансування'],
  ['die Abfallwirtschaft', 'waste management', 'поводження з відходами'],
  ['die Trinkwasserversorgung', 'the water supply', 'водопостачання'],
  ['den Haushalt', 'the budget', 'бюджет'],
  ['die Jugendarbeit', 'youth work', 'роботу з молоддю'],
  ['das Denkmal', 'the monument', 'пам’ятку'],
  ['die Wohnungen', 'affordable housing', 'доступне житло'],
  ['die Kindergärten', 'kindergartens', 'дитячі садки'],
  ['einen Aktionsplan', 'an action plan', 'план дій'],
  ['die Klimaanpassung', 'climate adaptation', 'адаптацію до зміни клімату'],
  ['die Straßenbeleuchtung', 'street lighting', 'вуличне освітлення'],
  ['die Integration Geflüchteter', 'the integration of refugees', 'інтеграцію переселенців'],
  ['den Katastrophenschutz', 'civil protection', 'цивільний захист'],
  ['die Innenstadt', 'the city centre', 'центр міста'],
  ['das Kulturzentrum', 'the cultural centre', 'культурний центр'],
  ['den Sportplatz', 'sports facilities', 'спортивні майданчики'],
  ['die Solaranlagen', 'solar panels', 'сонячні панелі'],
];

const ADJECTIVES: Translated[] = [
  ['neue', 'new', 'новий'],
  ['kommunale', 'municipal', 'комунальний'],
  ['gemeinsame', 'joint', 'спільний'],
  ['nachhaltige', 'sustainable', 'сталий'],
  ['soziale', 'social', 'соціальний'],
  ['digitale', 'digital', 'цифровий'],
  ['regionale', 'regional', 'регіональний'],
  ['öffentliche', 'public', 'публічний'],
  ['erste', 'first', 'перший'],
  ['langfristige', 'long-term', 'довгостроковий'],
  ['integrierte', 'integrated', 'інтегрований'],
  ['europäische', 'European', 'європейський'],
];

const PLACES: Translated[] = [
  ['Erfurt', 'Erfurt', 'Ерфурт'],
  ['Halle', 'Halle', 'Галле'],
  ['Magdeburg', 'Magdeburg', 'Магдебург'],
  ['Rostock', 'Rostock', 'Росток'],
  ['Kassel', 'Kassel', 'Кассель'],
  ['Freiburg', 'Freiburg', 'Фрайбург'],
  ['Potsdam', 'Potsdam', 'Потсдам'],
  ['Jena', 'Jena', 'Єна'],
  ['Poltawa', 'Poltava', 'Полтава'],
  ['Tscherkassy', 'Cherkasy', 'Черкаси'],
  ['Riwne', 'Rivne', 'Рівне'],
  ['Ternopil', 'Ternopil', 'Тернопіль'],
  ['Uschhorod', 'Uzhhorod', 'Ужгород'],
  ['Tschernihiw', 'Chernihiv', 'Чернігів'],
  ['Krementschuk', 'Kremenchuk', 'Кременчук'],
  ['Bila Zerkwa', 'Bila Tserkva', 'Біла Церква'],
  ['Prizren', 'Prizren', 'Призрен'],
  ['Gjakova', 'Gjakova', 'Гякова'],
  ['Brno', 'Brno', 'Брно'],
  ['Posen', 'Poznan', 'Познань'],
];

const TIMES: Translated[] = [
  ['im Frühjahr', 'in spring', 'навесні'],
  ['im Herbst', 'in autumn', 'восени'],
  ['seit Jahren', 'for several years', 'протягом кількох років'],
  ['bis Ende des Jahres', 'by the end of the year', 'до кінця року'],
  ['in der nächsten Sitzung', 'at the next meeting', 'на наступному засіданні'],
  ['nach der Wahl', 'after the elections', 'після виборів'],
  ['im Rahmen des Programms', 'within the programme', 'у межах програми'],
  ['mit Mitteln des Bundes', 'with national funds', 'за державні кошти'],
  ['gemeinsam mit Partnern', 'together with partners', 'разом з партнерами'],
  ['ohne zusätzliche Kosten', 'at no extra cost', 'без додаткових витрат'],
];

const CONNECTORS: Translated[] = [
  ['Außerdem', 'In addition', 'Крім того'],
  ['Dabei', 'Meanwhile', 'Водночас'],
  ['Zugleich', 'At the same time', 'Тим часом'],
  ['Anschließend', 'Afterwards', 'Після цього'],
  ['Darüber hinaus', 'Moreover', 'Також'],
  ['Trotzdem', 'Nevertheless', 'Однак'],
  ['Deshalb', 'Therefore', 'Тому'],
  ['Inzwischen', 'So far', 'Досі'],
];

const TITLES: Translated[] = [
  ['Bericht', 'Report', 'Звіт'],
  ['Protokoll', 'Minutes', 'Протокол'],
  ['Konzept', 'Concept', 'Концепція'],
  ['Mitteilung', 'Update', 'Новини'],
  ['Vortrag', 'Presentation', 'Презентація'],
  ['Studie', 'Study', 'Дослідження'],
  ['Zwischenstand', 'Progress note', 'Проміжний звіт'],
  ['Beschlussvorlage', 'Briefing', 'Довідка'],
  ['Rundbrief', 'Newsletter', 'Інформаційний лист'],
  ['Auswertung', 'Evaluation', 'Оцінка'],
];

const inLanguage = (entries: Translated[], language: Language) => entries.map((entry) => entry[LANGUAGES.indexOf(language)]!);

export const VOCABULARIES = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    {
      ...ACTORS[language],
      objects: inLanguage(OBJECTS, language),
      adjectives: inLanguage(ADJECTIVES, language),
      places: inLanguage(PLACES, language),
      times: inLanguage(TIMES, language),
      connectors: inLanguage(CONNECTORS, language),
      titles: inLanguage(TITLES, language),
    },
  ]),
) as Record<Language, Vocabulary>;
