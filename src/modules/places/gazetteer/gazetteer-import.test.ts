import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { demoId } from '../../../demo/demo-id.js';
import { DEMO_WORKSPACE_ID, seedDemo } from '../../../demo/demo-seed.js';
import { partnershipParties } from '../../partnerships/partnerships.tables.js';
import { REFERENCE_WORKSPACE_ID } from '../../../core/records/reference-workspace.js';
import { placeNames, places } from '../places.tables.js';
import { loadGazetteer } from './gazetteer-import.js';

const count = async (db: ReturnType<typeof useTestDatabase>['current']['db'], query: ReturnType<typeof sql>) =>
  Number(((await db.execute<{ n: number }>(query)).rows[0] as { n: number }).n);

describe('gazetteer import', () => {
  const database = useTestDatabase();

  it('loads countries and towns into the public reference workspace, and a second run changes nothing', async () => {
    const { db } = database.current;
    const first = await loadGazetteer(db, { countryCodes: ['XK', 'UA'] });
    expect(first.countries).toBe(2);
    expect(first.municipalitiesWritten).toBeGreaterThan(1600);

    const [drenas] = await db.select().from(places).where(eq(places.geonamesId, 790701));
    expect(drenas).toMatchObject({
      workspaceId: REFERENCE_WORKSPACE_ID,
      visibility: 'public',
      kind: 'municipality',
      name: 'Drenas',
      countryCode: 'XK',
      names: { de: 'Drenas', en: 'Drenas', uk: 'Дренас' },
    });
    expect(drenas!.aliases).toEqual(expect.arrayContaining(['Gllogoc', 'Glogovac']));
    const [kosovo] = await db.select().from(places).where(eq(places.id, drenas!.parentId!));
    expect(kosovo).toMatchObject({ kind: 'country', isoCode: 'XK', names: { de: 'Kosovo', uk: 'Косово' } });
    const drenasNames = await db.select().from(placeNames).where(eq(placeNames.placeId, drenas!.id));
    expect(drenasNames.map((row) => row.name).sort()).toEqual(['Drenas', 'Gllogoc', 'Glogovac', 'Глоговац']);
    expect(new Set(drenasNames.map((row) => row.searchKey))).toEqual(new Set(['drenas', 'hlohos', 'hlohovas']));

    const poland = await loadGazetteer(db, { countryCodes: ['PL'] });
    expect(poland.municipalitiesWritten).toBeGreaterThan(100);
    const [krakow] = await db.select().from(places).where(eq(places.geonamesId, 3094802));
    // A Ukrainian reader sees the name Ukrainian reports use, not the Latin one.
    expect(krakow!.names).toMatchObject({ de: 'Krakau', uk: 'Краків' });

    const placesBefore = await count(db, sql`SELECT count(*) AS n FROM places`);
    const namesBefore = await count(db, sql`SELECT count(*) AS n FROM place_names`);
    const second = await loadGazetteer(db, { countryCodes: ['XK', 'UA'] });
    expect(second.municipalitiesWritten).toBe(first.municipalitiesWritten);
    expect(await count(db, sql`SELECT count(*) AS n FROM places`)).toBe(placesBefore);
    expect(await count(db, sql`SELECT count(*) AS n FROM place_names`)).toBe(namesBefore);
  });

  it('takes over gazetteer towns the demo data claims, keeping references and leaving no duplicate', async () => {
    const { db } = database.current;
    // The gazetteer (loaded above) holds Kyiv and Vinnytsia before the demo data arrives.
    await seedDemo(db, { gazetteer: true });
    const kyivs = await db.select().from(places).where(eq(places.geonamesId, 703448));
    expect(kyivs).toHaveLength(1);
    expect(kyivs[0]).toMatchObject({ id: demoId('place:kyiv'), workspaceId: DEMO_WORKSPACE_ID });
    const parties = await db.select().from(partnershipParties).where(eq(partnershipParties.placeId, demoId('place:kyiv')));
    expect(parties).toHaveLength(1);

    const again = await seedDemo(db, { gazetteer: true });
    expect(again.inserted).toBe(0);
    expect(await count(db, sql`SELECT count(*) AS n FROM places WHERE geonames_id = 689558`)).toBe(1);
    const germanTowns = await count(
      db,
      sql`SELECT count(*) AS n FROM places WHERE country_code = 'DE' AND kind = 'municipality'`,
    );
    expect(germanTowns).toBeGreaterThan(7000);
    const [leipzig] = await db
      .select()
      .from(places)
      .where(and(eq(places.geonamesId, 2879139), eq(places.workspaceId, DEMO_WORKSPACE_ID)));
    expect(leipzig?.id).toBe(demoId('place:leipzig'));
  });
});
