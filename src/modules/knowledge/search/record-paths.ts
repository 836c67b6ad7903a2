import type { SearchType } from './search.tables.js';

const COLLECTIONS: Record<SearchType, string> = {
  document: '/documents',
  partnership: '/partnerships',
  exchange: '/exchanges',
  network: '/networks',
  place: '/places',
  organization: '/organizations',
  person: '/people',
  project: '/projects',
  action_plan: '/action-plans',
  funding_programme: '/funding/programmes',
  theme: '/themes',
  matching_profile: '/matching/profiles',
};

/** Where a record is shown in the web app. */
export const recordPath = (type: SearchType, id: string) => `${COLLECTIONS[type]}/${id}`;
