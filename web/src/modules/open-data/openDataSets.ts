export interface OpenDataSet {
  key: 'package' | 'iati' | 'organizations' | 'persons' | 'memberships' | 'events';
  /** API path of the download. */
  path: string;
  /** File format as its standard names it (the same in every language). */
  format: string;
  /** Names and descriptions come in the reader's language when asked with ?lang=. */
  takesLanguage: boolean;
}

export interface OpenDataGroup {
  key: 'package' | 'iati' | 'popolo';
  sets: OpenDataSet[];
}

export const openDataSets: OpenDataGroup[] = [
  { key: 'package', sets: [{ key: 'package', path: '/open-data.zip', format: 'ZIP · CSV · Frictionless Data Package', takesLanguage: false }] },
  { key: 'iati', sets: [{ key: 'iati', path: '/iati/activities.xml', format: 'XML · IATI 2.03', takesLanguage: true }] },
  {
    key: 'popolo',
    sets: [
      { key: 'organizations', path: '/popolo/organizations.json', format: 'JSON · Popolo', takesLanguage: true },
      { key: 'persons', path: '/popolo/persons.json', format: 'JSON · Popolo', takesLanguage: false },
      { key: 'memberships', path: '/popolo/memberships.json', format: 'JSON · Popolo', takesLanguage: false },
      { key: 'events', path: '/popolo/events.json', format: 'JSON · Popolo', takesLanguage: true },
    ],
  },
];
