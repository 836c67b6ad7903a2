import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../test/support/csv-file.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace } from '../../../test/support/test-users.js';
import { auditEvents } from '../audit/audit.tables.js';
import { demoId } from '../../demo/demo-id.js';
import { DEMO_WORKSPACE_ID } from '../../demo/demo-seed.js';
import { partnershipParties } from '../partnerships/partnerships.tables.js';

const VINNYTSIA = demoId('place:vinnytsia');
const KYIV = demoId('place:kyiv');

interface Suggestion {
  id: string;
  name: string;
  geonamesId: number | null;
  matchedName: string;
  population: number | null;
  countryCode: string | null;
}

describe('places API', () => {
  const testApp = useTestApp({ gazetteer: true });
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const get = (url: string, headers: Record<string, string> = {}) => inject({ method: 'GET', url, headers });
  const suggest = async (q: string, extra = '') =>
    (await get(`/api/places/autocomplete?q=${encodeURIComponent(q)}${extra}`)).json().items as Suggestion[];

  it('finds the same town first however it is written', async () => {
    for (const spelling of ['Winnyzja', 'Vinnytsia', 'Вінниця', 'Vinnitsa', 'winnyzja']) {
      const [first] = await suggest(spelling);
      expect(first?.id, spelling).toBe(VINNYTSIA);
    }
    for (const spelling of ['Kiew', 'Kyiv', 'Київ', 'Kiev']) expect((await suggest(spelling))[0]?.id, spelling).toBe(KYIV);
    for (const spelling of ['Gllogoc', 'Glogovac', 'Drenas']) expect((await suggest(spelling))[0]?.geonamesId, spelling).toBe(790701);
    expect((await suggest('Novovolyns’k'))[0]?.geonamesId).toBe(699035);
    expect((await suggest('Nowowolynsk'))[0]?.geonamesId).toBe(699035);
    expect((await suggest('Munchen'))[0]?.geonamesId).toBe(2867714);
  });

  it('puts the larger of two towns with the same name first, and filters by country', async () => {
    const mykolaiv = await suggest('Mykolaiv');
    expect(mykolaiv[0]?.geonamesId).toBe(700569);
    expect(mykolaiv.map((item) => item.geonamesId)).toContain(700568);
    const inKosovo = await suggest('Pristina', '&country=XK');
    expect(inKosovo.every((item) => item.countryCode === 'XK')).toBe(true);
    expect(inKosovo[0]?.geonamesId).toBe(786714);
  });

  it('tells which spelling matched', async () => {
    const [kyiv] = await suggest('Kyjiw');
    expect(kyiv).toMatchObject({ id: KYIV, matchedName: 'Kyjiw' });
  });

  it('lists places by name with country, kind and name filters, page by page', async () => {
    const page = (await get('/api/places?country=XK&kind=municipality&limit=10')).json();
    expect(page.items).toHaveLength(10);
    expect(page.items.every((item: Suggestion) => item.countryCode === 'XK')).toBe(true);
    const seen = new Set<string>();
    let url = '/api/places?country=XK&kind=municipality&limit=25';
    for (let guard = 0; guard < 10 && url; guard++) {
      const next = (await get(url)).json();
      for (const item of next.items) seen.add(item.id);
      url = next.nextCursor ? `/api/places?country=XK&kind=municipality&limit=25&cursor=${next.nextCursor}` : '';
    }
    expect(seen.size).toBeGreaterThan(50);
    const byName = (await get('/api/places?q=Gllogoc')).json();
    expect(byName.items.map((item: Suggestion) => item.geonamesId)).toEqual([790701]);
  });

  it('shows a place with the places above and below it', async () => {
    const kyiv = (await get(`/api/places/${KYIV}`)).json();
    expect(kyiv).toMatchObject({ name: 'Київ', names: { de: 'Kiew', en: 'Kyiv' }, geonamesId: 703448, canEdit: false });
    expect(kyiv.ancestors.map((ancestor: { kind: string }) => ancestor.kind)).toEqual(['country']);
    expect(kyiv.children.map((child: { id: string }) => child.id)).toContain(demoId('place:darnytskyi'));
  });

  it('rejects bad queries naming the field', async () => {
    const empty = await get('/api/places/autocomplete?q=');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('query.q');
    const badCountry = await get('/api/places?country=Germany');
    expect(badCountry.json().errors[0].field).toBe('query.country');
  });

  it('lets a member create, change and delete a district, with an audit trail', async () => {
    const { database } = testApp.current;
    const workspace = await createTestWorkspace(database.db);
    const member = await createTestUser(database.db, { memberships: [[workspace.id, 'member']] });
    const reader = await createTestUser(database.db, { memberships: [[workspace.id, 'guest']], scope: 'read' });
    const body = {
      workspaceId: workspace.id,
      kind: 'district',
      parentId: KYIV,
      name: 'Оболонський район',
      names: { de: 'Obolon', en: 'Obolonskyi District' },
      aliases: ['Obolon'],
      visibility: 'workspace',
    };
    expect((await inject({ method: 'POST', url: '/api/places', payload: body })).statusCode).toBe(401);
    expect((await inject({ method: 'POST', url: '/api/places', payload: body, headers: reader.headers })).statusCode).toBe(403);

    const created = await inject({ method: 'POST', url: '/api/places', payload: body, headers: member.headers });
    expect(created.statusCode).toBe(201);
    const district = created.json();
    expect(district).toMatchObject({ countryCode: 'UA', canEdit: true, ancestors: [{ kind: 'country' }, { id: KYIV }] });
    const found = (await get('/api/places/autocomplete?q=Obolonskyi', member.headers)).json().items;
    expect(found[0]?.id).toBe(district.id);
    expect((await get('/api/places/autocomplete?q=Obolonskyi')).json().items.map((item: Suggestion) => item.id)).not.toContain(district.id);

    const changed = await inject({ method: 'PATCH', url: `/api/places/${district.id}`, payload: { population: 250000 }, headers: member.headers });
    expect(changed.json().population).toBe(250000);
    const deleted = await inject({ method: 'DELETE', url: `/api/places/${district.id}`, headers: member.headers });
    expect(deleted.statusCode).toBe(204);
    const history = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, district.id));
    expect(history.map((event) => event.action).sort()).toEqual(['create', 'delete', 'update']);
    expect(history.every((event) => event.actorUserId === member.id)).toBe(true);
  });

  it('validates a new place field by field', async () => {
    const { database } = testApp.current;
    const workspace = await createTestWorkspace(database.db);
    const member = await createTestUser(database.db, { memberships: [[workspace.id, 'member']] });
    const post = (payload: object) => inject({ method: 'POST', url: '/api/places', payload, headers: member.headers });
    const noParent = await post({ workspaceId: workspace.id, kind: 'quarter', name: 'Unterstadt' });
    expect(noParent.json().errors).toEqual([{ field: 'body.parentId', code: 'required', message: 'is required: a quarter lies in a municipality' }]);
    const badCodes = await post({ workspaceId: workspace.id, kind: 'municipality', name: 'X', ags: '123', katottg: 'UA1', latitude: 95 });
    expect(badCodes.json().errors.map((issue: { field: string }) => issue.field).sort()).toEqual(['body.ags', 'body.katottg', 'body.latitude']);
    const country = await post({ workspaceId: workspace.id, kind: 'country', name: 'Atlantis' });
    expect(country.json().errors[0].field).toBe('body.kind');
    const wrongCountry = await post({ workspaceId: workspace.id, kind: 'district', parentId: KYIV, name: 'X', countryCode: 'DE' });
    expect(wrongCountry.json().errors[0]).toEqual({ field: 'body.countryCode', code: 'country_mismatch', message: 'must be UA, the country of the parent' });
    const elsewhere = await post({ workspaceId: DEMO_WORKSPACE_ID, kind: 'district', parentId: KYIV, name: 'X' });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('merges a duplicate into the gazetteer town, re-pointing references, and undoes the merge from the history', async () => {
    const { database } = testApp.current;
    const coordinator = await createTestUser(database.db, { memberships: [[DEMO_WORKSPACE_ID, 'coordinator']] });
    // A user-entered duplicate of Kyiv with a district and a partnership party of its own.
    const duplicate = (
      await inject({
        method: 'POST',
        url: '/api/places',
        headers: coordinator.headers,
        payload: { workspaceId: DEMO_WORKSPACE_ID, kind: 'municipality', parentId: demoId('place:ua'), name: 'Kijów', aliases: ['Kyjev'] },
      })
    ).json();
    const quarter = (
      await inject({
        method: 'POST',
        url: '/api/places',
        headers: coordinator.headers,
        payload: { workspaceId: DEMO_WORKSPACE_ID, kind: 'district', parentId: duplicate.id, name: 'Podil' },
      })
    ).json();
    await database.db
      .update(partnershipParties)
      .set({ placeId: duplicate.id })
      .where(eq(partnershipParties.id, demoId('party:leipzig-kyiv:kyiv')));

    const merged = await inject({ method: 'POST', url: `/api/places/${duplicate.id}/merge`, payload: { into: KYIV }, headers: coordinator.headers });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().changes).toEqual(
      expect.arrayContaining([
        { table: 'partnership_parties', column: 'place_id', repointed: 1, removed: 0 },
        { table: 'places', column: 'parent_id', repointed: 1, removed: 0 },
      ]),
    );
    expect((await get(`/api/places/${duplicate.id}`)).statusCode).toBe(404);
    expect((await get(`/api/places/${quarter.id}`, coordinator.headers)).json().ancestors.at(-1).id).toBe(KYIV);
    expect((await suggest('Kyjev'))[0]?.id).toBe(KYIV);

    const history = (await get(`/api/places/${KYIV}/history`, coordinator.headers)).json();
    expect(history.items[0]).toMatchObject({ id: merged.json().eventId, action: 'merge', mergedRecordId: duplicate.id, undone: false });
    expect((await get(`/api/places/${KYIV}/history`)).statusCode).toBe(401);

    const undo = await inject({ method: 'POST', url: `/api/places/merges/${merged.json().eventId}/undo`, headers: coordinator.headers });
    expect(undo.statusCode, undo.body).toBe(200);
    expect((await get(`/api/places/${quarter.id}`, coordinator.headers)).json().ancestors.at(-1).id).toBe(duplicate.id);
    const [party] = await database.db.select().from(partnershipParties).where(eq(partnershipParties.id, demoId('party:leipzig-kyiv:kyiv')));
    expect(party?.placeId).toBe(duplicate.id);
    expect((await get(`/api/places/${KYIV}`)).json().aliases).not.toContain('Kyjev');
    expect((await get(`/api/places/${KYIV}/history`, coordinator.headers)).json().items[0].undone).toBe(true);
    const again = await inject({ method: 'POST', url: `/api/places/merges/${merged.json().eventId}/undo`, headers: coordinator.headers });
    expect(again.statusCode).toBe(409);
  });

  it('refuses to delete a place that is referred to, and to merge into a place inside it', async () => {
    const { database } = testApp.current;
    const coordinator = await createTestUser(database.db, { memberships: [[DEMO_WORKSPACE_ID, 'coordinator']] });
    const deleted = await inject({ method: 'DELETE', url: `/api/places/${demoId('place:gruenau')}`, headers: coordinator.headers });
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json().detail).toContain('partnership_parties');
    const inside = await inject({
      method: 'POST',
      url: `/api/places/${demoId('place:leipzig')}/merge`,
      payload: { into: demoId('place:gruenau') },
      headers: coordinator.headers,
    });
    expect(inside.statusCode).toBe(400);
    expect(inside.json().errors[0].field).toBe('body.into');
  });

  it('exports a filtered list as CSV in the reader’s language: kinds, countries and the place above by name, numbers as written there', async () => {
    const response = await get('/api/places/export.csv?country=XK&kind=municipality&lang=de');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Orte-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = response.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('Name;Art;Name (Deutsch);Name (Englisch);Name (Ukrainisch);Land;Teil von;Einwohnerzahl;Breitengrad;Längengrad;GeoNames-Nummer;Sichtbarkeit');
    expect(lines.length).toBeGreaterThan(55);
    const drenas = csvRecords(response.body).find((row) => row.Name === 'Drenas');
    expect(drenas).toMatchObject({ Art: 'Stadt oder Gemeinde', Land: 'Kosovo', Sichtbarkeit: 'Öffentlich' });
    expect(drenas!.Breitengrad).toMatch(/^\d+,\d+$/);
    expect(response.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    const ukrainian = await inject({ method: 'GET', url: '/api/places/export.csv?country=UA&kind=municipality&q=Ки', headers: { 'accept-language': 'uk-UA,uk;q=0.9' } });
    expect(ukrainian.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Місця-')}`);
    const kyiv = csvRecords(ukrainian.body).find((row) => row['Назва (англійською)'] === 'Kyiv');
    expect(kyiv).toMatchObject({ Назва: 'Київ', Вид: 'Місто або громада', Країна: 'Україна' });
  });
});
