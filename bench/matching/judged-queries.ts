/**
 * The judged set of the matching bench: topics a need or an offer can be about (each within a
 * theme of the reference taxonomy, worded in German, English and Ukrainian), and 40 query
 * profiles written by hand: a town of a given size and country, the languages of its
 * administration, and one need on a topic, described in one or more languages.
 */
export interface Topic {
  key: string;
  theme: string;
  de: string;
  en: string;
  uk: string;
}

export const TOPICS: Topic[] = [
  { key: 'heating', theme: 'energy-networks', de: 'Fernwärmenetz und Heizhäuser modernisieren', en: 'modernise the district heating network and boiler houses', uk: 'модернізація тепломережі та котелень' },
  { key: 'grid', theme: 'energy-networks', de: 'Stromnetz und Umspannwerke instand setzen', en: 'repair the power grid and substations', uk: 'відновлення електромережі та підстанцій' },
  { key: 'solar', theme: 'renewable-energy', de: 'Photovoltaik auf kommunalen Dächern', en: 'solar panels on municipal roofs', uk: 'сонячні панелі на комунальних дахах' },
  { key: 'biomass', theme: 'renewable-energy', de: 'Biomasseheizwerk für Schulen', en: 'biomass heating plant for schools', uk: 'біомасова котельня для шкіл' },
  { key: 'estates', theme: 'housing-management', de: 'Plattenbauten sanieren und bewirtschaften', en: 'renovate and manage prefabricated housing estates', uk: 'санація та управління панельними будинками' },
  { key: 'cooperatives', theme: 'housing-management', de: 'Wohnungsgenossenschaften und Hausverwaltung aufbauen', en: 'set up housing cooperatives and building management', uk: 'створення ОСББ та управління будинками' },
  { key: 'budget', theme: 'participation', de: 'Bürgerhaushalt und Beteiligung von Jugendlichen', en: 'participatory budget and youth participation', uk: 'громадський бюджет і залучення молоді' },
  { key: 'quarters', theme: 'neighbourhood-management', de: 'Quartiersmanagement und Stadtteilbüros', en: 'neighbourhood management and district offices', uk: 'управління кварталами та районні офіси' },
  { key: 'schools', theme: 'schools-as-hubs', de: 'Schulen als Treffpunkt für das Quartier öffnen', en: 'open schools as meeting places for the neighbourhood', uk: 'школи як місця зустрічей для громади' },
  { key: 'integration', theme: 'integration', de: 'Integration von Binnenvertriebenen und Sprachkurse', en: 'integration of internally displaced people and language courses', uk: 'інтеграція внутрішньо переміщених осіб і мовні курси' },
  { key: 'shelters', theme: 'resilience', de: 'Notstromaggregate und Schutzräume für den Winter', en: 'emergency generators and shelters for the winter', uk: 'генератори та укриття на зиму' },
  { key: 'water', theme: 'resilience', de: 'Trinkwasserversorgung und Pumpstationen sichern', en: 'secure drinking water supply and pumping stations', uk: 'забезпечення питною водою та насосні станції' },
  { key: 'parks', theme: 'urban-green', de: 'Parks und Flussufer neu gestalten', en: 'redesign parks and riverbanks', uk: 'облаштування парків і набережних' },
  { key: 'centre', theme: 'urban-design', de: 'Wiederaufbau des Stadtzentrums planen', en: 'plan the reconstruction of the town centre', uk: 'планування відбудови центру міста' },
];

export interface JudgedQuery {
  town: string;
  country: 'DE' | 'UA' | 'XK' | 'PL';
  population: number;
  languages: string[];
  topic: string;
  /** The languages the need is described in. */
  describedIn: ('de' | 'en' | 'uk')[];
}

export const JUDGED_QUERIES: JudgedQuery[] = [
  { town: 'Sambir', country: 'UA', population: 34_500, languages: ['uk', 'en'], topic: 'heating', describedIn: ['uk'] },
  { town: 'Zbarazh', country: 'UA', population: 13_500, languages: ['uk', 'de'], topic: 'heating', describedIn: ['uk', 'de'] },
  { town: 'Lutsk', country: 'UA', population: 213_000, languages: ['uk', 'en', 'pl'], topic: 'shelters', describedIn: ['uk', 'en'] },
  { town: 'Trostianets', country: 'UA', population: 19_000, languages: ['uk'], topic: 'centre', describedIn: ['uk'] },
  { town: 'Novovolynsk', country: 'UA', population: 51_000, languages: ['uk', 'de'], topic: 'estates', describedIn: ['uk'] },
  { town: 'Berezhany', country: 'UA', population: 17_500, languages: ['uk', 'en'], topic: 'water', describedIn: ['en'] },
  { town: 'Brovary', country: 'UA', population: 109_000, languages: ['uk', 'en'], topic: 'grid', describedIn: ['uk', 'en'] },
  { town: 'Sumy', country: 'UA', population: 256_000, languages: ['uk', 'en'], topic: 'shelters', describedIn: ['uk'] },
  { town: 'Vinnytsia', country: 'UA', population: 370_000, languages: ['uk', 'en', 'de'], topic: 'budget', describedIn: ['uk', 'en', 'de'] },
  { town: 'Mykolaiv', country: 'UA', population: 470_000, languages: ['uk', 'en'], topic: 'water', describedIn: ['uk', 'en'] },
  { town: 'Melitopol', country: 'UA', population: 150_000, languages: ['uk'], topic: 'integration', describedIn: ['uk'] },
  { town: 'Chortkiv', country: 'UA', population: 28_000, languages: ['uk', 'pl'], topic: 'solar', describedIn: ['uk'] },
  { town: 'Kolomyia', country: 'UA', population: 61_000, languages: ['uk', 'en'], topic: 'biomass', describedIn: ['en'] },
  { town: 'Drohobych', country: 'UA', population: 74_000, languages: ['uk', 'de'], topic: 'cooperatives', describedIn: ['uk', 'de'] },
  { town: 'Uman', country: 'UA', population: 80_000, languages: ['uk'], topic: 'schools', describedIn: ['uk'] },
  { town: 'Irpin', country: 'UA', population: 65_000, languages: ['uk', 'en'], topic: 'centre', describedIn: ['uk', 'en'] },
  { town: 'Bucha', country: 'UA', population: 37_000, languages: ['uk', 'en'], topic: 'parks', describedIn: ['en'] },
  { town: 'Kremenchuk', country: 'UA', population: 215_000, languages: ['uk'], topic: 'heating', describedIn: ['uk'] },
  { town: 'Chernihiv', country: 'UA', population: 285_000, languages: ['uk', 'en'], topic: 'grid', describedIn: ['uk'] },
  { town: 'Zhytomyr', country: 'UA', population: 261_000, languages: ['uk', 'de'], topic: 'quarters', describedIn: ['de'] },
  { town: 'Drenas', country: 'XK', population: 58_500, languages: ['sq', 'en', 'de'], topic: 'budget', describedIn: ['en', 'de'] },
  { town: 'Prishtinë', country: 'XK', population: 217_000, languages: ['sq', 'en'], topic: 'parks', describedIn: ['en'] },
  { town: 'Gjakovë', country: 'XK', population: 40_000, languages: ['sq', 'en'], topic: 'water', describedIn: ['en'] },
  { town: 'Glauchau', country: 'DE', population: 22_000, languages: ['de'], topic: 'integration', describedIn: ['de'] },
  { town: 'Plauen', country: 'DE', population: 64_000, languages: ['de', 'en'], topic: 'solar', describedIn: ['de'] },
  { town: 'Zwickau', country: 'DE', population: 87_000, languages: ['de'], topic: 'quarters', describedIn: ['de'] },
  { town: 'Görlitz', country: 'DE', population: 56_000, languages: ['de', 'pl'], topic: 'estates', describedIn: ['de'] },
  { town: 'Bautzen', country: 'DE', population: 38_000, languages: ['de'], topic: 'schools', describedIn: ['de', 'en'] },
  { town: 'Riesa', country: 'DE', population: 30_000, languages: ['de'], topic: 'cooperatives', describedIn: ['de'] },
  { town: 'Freiberg', country: 'DE', population: 40_000, languages: ['de', 'en'], topic: 'biomass', describedIn: ['de'] },
  { town: 'Pirna', country: 'DE', population: 39_000, languages: ['de'], topic: 'parks', describedIn: ['de'] },
  { town: 'Eichenau', country: 'DE', population: 11_600, languages: ['de', 'en'], topic: 'integration', describedIn: ['de', 'en'] },
  { town: 'Gersthofen', country: 'DE', population: 23_000, languages: ['de'], topic: 'grid', describedIn: ['de'] },
  { town: 'Nürnberg', country: 'DE', population: 518_000, languages: ['de', 'en'], topic: 'budget', describedIn: ['de', 'en'] },
  { town: 'Köln', country: 'DE', population: 1_084_000, languages: ['de', 'en'], topic: 'quarters', describedIn: ['en'] },
  { town: 'Chemnitz', country: 'DE', population: 248_000, languages: ['de', 'en'], topic: 'centre', describedIn: ['de'] },
  { town: 'Lublin', country: 'PL', population: 334_000, languages: ['pl', 'en', 'uk'], topic: 'integration', describedIn: ['en', 'uk'] },
  { town: 'Rzeszów', country: 'PL', population: 197_000, languages: ['pl', 'en'], topic: 'shelters', describedIn: ['en'] },
  { town: 'Przemyśl', country: 'PL', population: 58_000, languages: ['pl', 'uk'], topic: 'heating', describedIn: ['uk'] },
  { town: 'Zamość', country: 'PL', population: 60_000, languages: ['pl', 'de'], topic: 'estates', describedIn: ['de'] },
];
