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

export const VOCABULARIES: Record<'de' | 'en' | 'uk', Vocabulary> = {
  de: {
    subjects: ['Die Stadtverwaltung', 'Der Stadtrat', 'Die Projektgruppe', 'Das Quartiersmanagement', 'Die Partnerstadt', 'Der Bürgermeister', 'Die Arbeitsgruppe', 'Das Bauamt', 'Die Delegation', 'Der Verein', 'Die Genossenschaft', 'Die Stadtwerke', 'Das Jugendamt', 'Der Landkreis', 'Die Kommune', 'Die Fachleute', 'Das Planungsbüro', 'Die Hochschule', 'Der Beirat', 'Die Nachbarschaft'],
    verbs: ['plant', 'berät über', 'stellt vor', 'fördert', 'prüft', 'dokumentiert', 'bewertet', 'finanziert', 'erarbeitet', 'diskutiert', 'unterstützt', 'saniert', 'modernisiert', 'organisiert', 'beschließt', 'vergleicht', 'begleitet', 'erweitert'],
    objects: ['die Sanierung der Schule', 'ein Konzept zur Stadtentwicklung', 'die Beteiligung der Einwohner', 'den Ausbau der Radwege', 'die Energieversorgung', 'einen Austausch der Verwaltungen', 'die Partnerschaft', 'den Wiederaufbau', 'die Wärmeversorgung', 'das Nachbarschaftszentrum', 'die Digitalisierung der Verwaltung', 'den öffentlichen Nahverkehr', 'die Grünflächen', 'ein Förderprogramm', 'die Abfallwirtschaft', 'die Trinkwasserversorgung', 'den Haushalt', 'die Jugendarbeit', 'das Denkmal', 'die Wohnungen', 'die Kindergärten', 'einen Aktionsplan', 'die Klimaanpassung', 'die Straßenbeleuchtung', 'die Integration Geflüchteter', 'den Katastrophenschutz', 'die Innenstadt', 'das Kulturzentrum', 'den Sportplatz', 'die Solaranlagen'],
    adjectives: ['neue', 'kommunale', 'gemeinsame', 'nachhaltige', 'soziale', 'digitale', 'regionale', 'öffentliche', 'erste', 'langfristige', 'integrierte', 'europäische'],
    places: ['Erfurt', 'Halle', 'Magdeburg', 'Rostock', 'Kassel', 'Freiburg', 'Potsdam', 'Jena', 'Poltawa', 'Tscherkassy', 'Riwne', 'Ternopil', 'Uschhorod', 'Tschernihiw', 'Krementschuk', 'Bila Zerkwa', 'Prizren', 'Gjakova', 'Brno', 'Posen'],
    times: ['im Frühjahr', 'im Herbst', 'seit Jahren', 'bis Ende des Jahres', 'in der nächsten Sitzung', 'nach der Wahl', 'im Rahmen des Programms', 'mit Mitteln des Bundes', 'gemeinsam mit Partnern', 'ohne zusätzliche Kosten'],
    connectors: ['Außerdem', 'Dabei', 'Zugleich', 'Anschließend', 'Darüber hinaus', 'Trotzdem', 'Deshalb', 'Inzwischen'],
    titles: ['Bericht', 'Protokoll', 'Konzept', 'Mitteilung', 'Vortrag', 'Studie', 'Zwischenstand', 'Beschlussvorlage', 'Rundbrief', 'Auswertung'],
  },
  en: {
    subjects: ['The city council', 'The project team', 'The mayor', 'The working group', 'The partner city', 'The housing department', 'The delegation', 'The neighbourhood association', 'The municipal utility', 'The youth council', 'The regional office', 'The planning unit', 'The university', 'The steering committee', 'Local residents', 'The network secretariat'],
    verbs: ['plans', 'discusses', 'presents', 'supports', 'reviews', 'documents', 'evaluates', 'funds', 'prepares', 'compares', 'renovates', 'modernises', 'organises', 'approves', 'extends', 'monitors'],
    objects: ['the renovation of schools', 'a strategy for urban development', 'the involvement of residents', 'new cycle lanes', 'the energy supply', 'an exchange of civil servants', 'the partnership', 'the reconstruction', 'the heating network', 'the community centre', 'digital public services', 'public transport', 'green spaces', 'a funding scheme', 'waste management', 'the water supply', 'the budget', 'youth work', 'the monument', 'affordable housing', 'kindergartens', 'an action plan', 'climate adaptation', 'street lighting', 'the integration of refugees', 'civil protection', 'the city centre', 'the cultural centre', 'sports facilities', 'solar panels'],
    adjectives: ['new', 'municipal', 'joint', 'sustainable', 'social', 'digital', 'regional', 'public', 'first', 'long-term', 'integrated', 'European'],
    places: ['Erfurt', 'Halle', 'Magdeburg', 'Rostock', 'Kassel', 'Freiburg', 'Potsdam', 'Jena', 'Poltava', 'Cherkasy', 'Rivne', 'Ternopil', 'Uzhhorod', 'Chernihiv', 'Kremenchuk', 'Bila Tserkva', 'Prizren', 'Gjakova', 'Brno', 'Poznan'],
    times: ['in spring', 'in autumn', 'for several years', 'by the end of the year', 'at the next meeting', 'after the elections', 'within the programme', 'with national funds', 'together with partners', 'at no extra cost'],
    connectors: ['In addition', 'Meanwhile', 'At the same time', 'Afterwards', 'Moreover', 'Nevertheless', 'Therefore', 'So far'],
    titles: ['Report', 'Minutes', 'Concept', 'Update', 'Presentation', 'Study', 'Progress note', 'Briefing', 'Newsletter', 'Evaluation'],
  },
  uk: {
    subjects: ['Міська рада', 'Проєктна група', 'Міський голова', 'Робоча група', 'Місто-партнер', 'Управління житлового господарства', 'Делегація', 'Громадська організація', 'Комунальне підприємство', 'Молодіжна рада', 'Обласна адміністрація', 'Відділ планування', 'Університет', 'Керівний комітет', 'Мешканці', 'Секретаріат мережі'],
    verbs: ['планує', 'обговорює', 'представляє', 'підтримує', 'перевіряє', 'документує', 'оцінює', 'фінансує', 'готує', 'порівнює', 'ремонтує', 'модернізує', 'організовує', 'затверджує', 'розширює', 'відстежує'],
    objects: ['ремонт шкіл', 'стратегію розвитку міста', 'залучення мешканців', 'нові велодоріжки', 'енергопостачання', 'обмін досвідом між адміністраціями', 'партнерство', 'відбудову', 'теплову мережу', 'громадський центр', 'цифрові послуги', 'громадський транспорт', 'зелені зони', 'програму фінансування', 'поводження з відходами', 'водопостачання', 'бюджет', 'роботу з молоддю', 'пам’ятку', 'доступне житло', 'дитячі садки', 'план дій', 'адаптацію до зміни клімату', 'вуличне освітлення', 'інтеграцію переселенців', 'цивільний захист', 'центр міста', 'культурний центр', 'спортивні майданчики', 'сонячні панелі'],
    adjectives: ['новий', 'комунальний', 'спільний', 'сталий', 'соціальний', 'цифровий', 'регіональний', 'публічний', 'перший', 'довгостроковий', 'інтегрований', 'європейський'],
    places: ['Ерфурт', 'Галле', 'Магдебург', 'Росток', 'Кассель', 'Фрайбург', 'Потсдам', 'Єна', 'Полтава', 'Черкаси', 'Рівне', 'Тернопіль', 'Ужгород', 'Чернігів', 'Кременчук', 'Біла Церква', 'Призрен', 'Гякова', 'Брно', 'Познань'],
    times: ['навесні', 'восени', 'протягом кількох років', 'до кінця року', 'на наступному засіданні', 'після виборів', 'у межах програми', 'за державні кошти', 'разом з партнерами', 'без додаткових витрат'],
    connectors: ['Крім того', 'Водночас', 'Тим часом', 'Після цього', 'Також', 'Однак', 'Тому', 'Досі'],
    titles: ['Звіт', 'Протокол', 'Концепція', 'Новини', 'Презентація', 'Дослідження', 'Проміжний звіт', 'Довідка', 'Інформаційний лист', 'Оцінка'],
  },
};
