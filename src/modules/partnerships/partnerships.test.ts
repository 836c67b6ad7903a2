import { describe, expect, it } from 'vitest';
import { demoId } from '../../demo/demo-id.js';
import { DEMO_WORKSPACE_ID } from '../../demo/demo-seed.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { partnerships } from './partnerships.tables.js';

const TWINNING = demoId('partnership:leipzig-kyiv');
const DISTRICTS = demoId('partnership:gruenau-darnytskyi');

describe('partnerships API', () => {
  const testApp = useTestApp();
  const get = (url: string) => testApp.current.app.inject({ method: 'GET', url });

  it('lists the demo partnerships ordered by title, with their parties', async () => {
    const response = await get('/api/partnerships');
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.items.map((item: { id: string }) => item.id)).toEqual([DISTRICTS, TWINNING]);
    expect(page.nextCursor).toBeNull();
    const twinning = page.items[1];
    expect(twinning).toMatchObject({ kind: 'city_twinning', since: '1961-01-01', sincePrecision: 'year', status: 'active' });
    expect(twinning.parties.map((party: { place: { names: { en: string } } }) => party.place.names.en)).toEqual(['Leipzig', 'Kyiv']);
  });

  it('filters by kind, status, party place and parent', async () => {
    const byKind = (await get('/api/partnerships?kind=city_twinning')).json();
    expect(byKind.items.map((item: { id: string }) => item.id)).toEqual([TWINNING]);
    const byStatus = (await get('/api/partnerships?status=ended')).json();
    expect(byStatus.items).toEqual([]);
    const byPlace = (await get(`/api/partnerships?placeId=${demoId('place:darnytskyi')}`)).json();
    expect(byPlace.items.map((item: { id: string }) => item.id)).toEqual([DISTRICTS]);
    const byParent = (await get(`/api/partnerships?parentId=${TWINNING}`)).json();
    expect(byParent.items.map((item: { id: string }) => item.id)).toEqual([DISTRICTS]);
  });

  it('pages through the list with the cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let url = '/api/partnerships?limit=1';
    for (let pages = 0; pages < 5; pages++) {
      const page = (await get(url)).json();
      seen.push(...page.items.map((item: { id: string }) => item.id));
      if (!page.nextCursor) break;
      url = `/api/partnerships?limit=1&cursor=${page.nextCursor}`;
    }
    expect(seen).toEqual([DISTRICTS, TWINNING]);
  });

  it('rejects bad list parameters, naming them', async () => {
    const response = await get('/api/partnerships?kind=marriage&limit=500&cursor=bogus');
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((issue: { field: string }) => issue.field).sort();
    expect(fields).toEqual(['query.kind', 'query.limit']);
    const badCursor = await get('/api/partnerships?cursor=bm90IGEgY3Vyc29y');
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().errors).toEqual([{ field: 'query.cursor', code: 'invalid_cursor', message: 'is not a cursor returned by this list' }]);
  });

  it('shows one partnership with parent, children and description', async () => {
    const district = (await get(`/api/partnerships/${DISTRICTS}`)).json();
    expect(district.parent).toMatchObject({ id: TWINNING, kind: 'city_twinning' });
    expect(district.children).toEqual([]);
    expect(district.description.de).toContain('Aktionsplan');
    const twinning = (await get(`/api/partnerships/${TWINNING}`)).json();
    expect(twinning.children.map((child: { id: string }) => child.id)).toEqual([DISTRICTS]);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = await get('/api/partnerships/6f1d3c2a-1111-4a2b-9c3d-123456789abc');
    expect(unknown.statusCode).toBe(404);
    const malformed = await get('/api/partnerships/not-a-uuid');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toBe('path.id');
  });

  it('does not show workspace records to visitors who are not signed in', async () => {
    const [hidden] = await testApp.current.database.db
      .insert(partnerships)
      .values({
        workspaceId: DEMO_WORKSPACE_ID,
        visibility: 'workspace',
        kind: 'project_partnership',
        title: { de: 'Interne Projektpartnerschaft' },
      })
      .returning();
    const list = (await get('/api/partnerships')).json();
    expect(list.items.map((item: { id: string }) => item.id)).not.toContain(hidden!.id);
    expect((await get(`/api/partnerships/${hidden!.id}`)).statusCode).toBe(404);
  });
});
