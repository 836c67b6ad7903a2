import type { APIRequestContext } from '@playwright/test';

interface Listed {
  id: string;
  title?: Record<string, string>;
  name?: Record<string, string>;
}

async function firstId(request: APIRequestContext, path: string, matches: (item: Listed) => boolean): Promise<string> {
  const response = await request.get(path);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}`);
  const page = (await response.json()) as { items: Listed[] };
  const found = page.items.find(matches);
  if (!found) throw new Error(`No demo record in ${path} matches`);
  return found.id;
}

/** Ids of the demo records the tests look at, found through the API rather than hard-coded. */
export async function demoRecords(request: APIRequestContext) {
  return {
    gruenauPartnership: await firstId(request, '/api/partnerships?kind=district_partnership', (item) =>
      Boolean(item.title?.de?.includes('Grünau')),
    ),
    munichWorkshop: await firstId(request, '/api/exchanges?kind=workshop', (item) => Boolean(item.title?.en?.includes('Resilience'))),
    saxonNetwork: await firstId(request, '/api/networks', (item) => Boolean(item.name?.de?.includes('sächsischer'))),
    kyiv: await firstId(request, '/api/places/autocomplete?q=Kyiv', () => true),
    glauchauAdministration: await firstId(request, '/api/organizations?q=Stadtverwaltung%20Glauchau', () => true),
    heerdegen: await firstId(request, '/api/people?q=Heerdegen', () => true),
    housingTheme: await firstId(request, '/api/themes?q=Wohnen', () => true),
  };
}
