/**
 * The exchanges API at scale: 20 000 partnerships, 100 000 exchanges and 1 000 000 registrations
 * in a throwaway embedded PostgreSQL (or the one in BENCH_EXCHANGES_DATA_DIR, kept between runs),
 * written with generate_series. Measures p50/p95 of the partnership timeline, the exchange list
 * with filters, the participant export and the involvement of organisations, places and people through the API (in process, `app.inject`, as a
 * coordinator of some workspaces, row-level security on), beside the very statements the API sent
 * (transaction and application role included), replayed straight on the database, and prints the
 * ratios: what the application adds on top of its database work. Run with `npm run bench:exchanges`.
 */
import pg from 'pg';
import { createDb, createPool } from '../src/core/db/client.js';
import { migrateDatabase } from '../src/core/db/migrate.js';
import { seedDemo } from '../src/demo/demo-seed.js';
import { createTestUser } from '../test/support/test-users.js';
import { benchDatabase, buildBenchApp, openBenchServer, recordStatements, runBench } from './support/bench-database.js';
import { percentile, round } from './support/percentiles.js';

const ROUNDS = Number(process.env.ROUNDS ?? 200);
/** EXPLAIN=1 prints the plan of every statement of one request per scenario. */
const EXPLAIN = process.env.EXPLAIN === '1';
/** ONLY=<text> runs the scenarios whose name contains it. */
const ONLY = process.env.ONLY;
const SCALE = { workspaces: 20, places: 2_000, people: 50_000, partnerships: 20_000, exchanges: 100_000, registrations: 1_000_000, largeExchanges: 100, largeSize: 500, organizations: 200 };

const { server, logger, close } = await openBenchServer('exchanges', 'BENCH_EXCHANGES_DATA_DIR', '256MB');


/** Writes the data set with generate_series: each statement builds one table in bulk. */
async function generate(pool: pg.Pool): Promise<void> {
  const step = async (label: string, sql: string) => {
    const began = performance.now();
    await pool.query(sql);
    console.log(`  ${label.padEnd(44)} ${round((performance.now() - began) / 1000, 1)} s`);
  };
  console.log('Writing the data set:');
  await step(
    `${SCALE.workspaces} workspaces`,
    `INSERT INTO workspaces (id, slug, name)
     SELECT ('b0000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, 'bench-' || i, 'Bench workspace ' || i FROM generate_series(1, ${SCALE.workspaces}) i`,
  );
  await step(
    `${SCALE.places} places with coordinates`,
    `INSERT INTO places (id, workspace_id, visibility, kind, name, names, country_code, latitude, longitude, population)
     SELECT ('c0000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, 'b0000000-0000-4000-a000-000000000001', 'public', 'municipality',
            'Bench-Stadt ' || i, jsonb_build_object('de', 'Bench-Stadt ' || i, 'en', 'Bench town ' || i),
            (ARRAY['DE','UA','XK','PL','AT'])[1 + i % 5], 44 + (i % 97) * 0.1, 6 + (i % 251) * 0.1, 1000 + i * 37
     FROM generate_series(1, ${SCALE.places}) i`,
  );
  await step(
    `${SCALE.people} people`,
    `INSERT INTO people (id, workspace_id, visibility, given_name, family_name, email, languages, consent_basis, consent_recorded_at)
     SELECT ('d0000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, ('b0000000-0000-4000-a000-' || lpad((1 + i % ${SCALE.workspaces})::text, 12, '0'))::uuid,
            (ARRAY['public','workspace','workspace','private'])[1 + i % 4], 'Vorname' || (i % 997), 'Nachname' || i, 'person' || i || '@example.org',
            ARRAY['de','uk'], 'consent', now()
     FROM generate_series(1, ${SCALE.people}) i`,
  );
  await step(
    `${SCALE.partnerships} partnerships`,
    `INSERT INTO partnerships (id, workspace_id, visibility, kind, title, since, status)
     SELECT ('e0000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, ('b0000000-0000-4000-a000-' || lpad((1 + i % ${SCALE.workspaces})::text, 12, '0'))::uuid,
            (ARRAY['public','public','public','workspace','workspace','private'])[1 + i % 6],
            (ARRAY['city_twinning','district_partnership','project_partnership','contact'])[1 + i % 4],
            jsonb_build_object('de', 'Bench-Partnerschaft ' || i, 'en', 'Bench partnership ' || i),
            date '1960-01-01' + (i % 23000), (ARRAY['active','active','dormant','planned'])[1 + i % 4]
     FROM generate_series(1, ${SCALE.partnerships}) i`,
  );
  await step(
    `${SCALE.partnerships * 2} parties`,
    `INSERT INTO partnership_parties (partnership_id, place_id, position)
     SELECT ('e0000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, ('c0000000-0000-4000-a000-' || lpad((1 + (i * 7 + side * 13) % ${SCALE.places})::text, 12, '0'))::uuid, side
     FROM generate_series(1, ${SCALE.partnerships}) i, generate_series(0, 1) side`,
  );
  await step(
    `${SCALE.partnerships} project groups`,
    `INSERT INTO project_groups (partnership_id, title, formed_on)
     SELECT ('e0000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, jsonb_build_object('de', 'Bench-Projektgruppe ' || i), date '2005-01-01' + (i % 7000)
     FROM generate_series(1, ${SCALE.partnerships}) i`,
  );
  await step(
    `${SCALE.exchanges} exchanges`,
    `INSERT INTO exchanges (id, workspace_id, visibility, kind, title, start_date, end_date, status, venue_place_id, partnership_id, capacity, time_zone)
     SELECT ('f0000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, ('b0000000-0000-4000-a000-' || lpad((1 + i % ${SCALE.workspaces})::text, 12, '0'))::uuid,
            (ARRAY['public','public','public','workspace','workspace','private'])[1 + i % 6],
            (ARRAY['delegation_visit','return_visit','workshop','conference','peer_learning_trip','site_visit','online_session'])[1 + i % 7],
            jsonb_build_object('de', 'Bench ' || i, 'en', 'Bench exchange ' || i),
            date '2000-01-01' + ((i * 37) % 11000), date '2000-01-01' + ((i * 37) % 11000) + (i % 4),
            (ARRAY['planned','confirmed','completed','completed','cancelled'])[1 + i % 5],
            ('c0000000-0000-4000-a000-' || lpad((1 + i % ${SCALE.places})::text, 12, '0'))::uuid,
            CASE WHEN i % 5 <> 0 THEN ('e0000000-0000-4000-a000-' || lpad((1 + i % ${SCALE.partnerships})::text, 12, '0'))::uuid END,
            CASE WHEN i <= ${SCALE.largeExchanges} THEN ${SCALE.largeSize + 50} ELSE 30 END, 'Europe/Berlin'
     FROM generate_series(1, ${SCALE.exchanges}) i`,
  );
  const regular = SCALE.registrations - SCALE.largeExchanges * SCALE.largeSize;
  await step(
    `${SCALE.registrations} registrations`,
    `INSERT INTO exchange_registrations (exchange_id, person_id, state, registered_at, country_code)
     SELECT ('f0000000-0000-4000-a000-' || lpad(e::text, 12, '0'))::uuid,
            ('d0000000-0000-4000-a000-' || lpad((1 + (e * 7919 + k * 104729) % ${SCALE.people})::text, 12, '0'))::uuid,
            (ARRAY['registered','confirmed','attended','attended','waitlisted','cancelled','invited'])[1 + (e + k) % 7],
            timestamptz '2000-01-01' + make_interval(days => (e * 37) % 11000, mins => k),
            (ARRAY['DE','UA','XK','PL'])[1 + (e + k) % 4]
     FROM (
       SELECT e, k FROM generate_series(1, ${SCALE.largeExchanges}) e, generate_series(0, ${SCALE.largeSize - 1}) k
       UNION ALL
       SELECT ${SCALE.largeExchanges} + 1 + (n / 10), n % 10 FROM generate_series(0, ${regular - 1}) n
     ) pairs`,
  );
  await step(
    `${SCALE.organizations} organizations`,
    `INSERT INTO organizations (id, workspace_id, visibility, kind, name)
     SELECT ('90000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, 'b0000000-0000-4000-a000-000000000001', 'public',
            (ARRAY['ministry','development_agency','consultancy','municipal_office'])[1 + i % 4], 'Bench-Organisation ' || i
     FROM generate_series(1, ${SCALE.organizations}) i`,
  );
  await step(
    'organisations in their roles in every exchange',
    `INSERT INTO exchange_organizations (exchange_id, organization_id, role)
     SELECT ('f0000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, ('90000000-0000-4000-a000-' || lpad((1 + i % ${SCALE.organizations})::text, 12, '0'))::uuid, role
       FROM generate_series(1, ${SCALE.exchanges}) i, unnest(ARRAY['host', 'client']) role
     UNION ALL
     -- The first organisation also funds every tenth exchange: 10 000 exchanges of one organisation.
     SELECT ('f0000000-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid, '90000000-0000-4000-a000-000000000001'::uuid, 'funder'
       FROM generate_series(10, ${SCALE.exchanges}, 10) i`,
  );
  await step('analyze', 'ANALYZE');
}

/** Whether a kept database holds the whole data set (a run stopped half-way starts again). */
async function complete(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    const result = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM exchange_registrations r JOIN exchanges e ON e.id = r.exchange_id WHERE e.title->>'de' LIKE 'Bench %'");
    return result.rows[0]!.n === SCALE.registrations;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

async function main() {
  const { url, kept: ready } = await benchDatabase(server, 'bench_exchanges', complete);
  const pool = createPool({ connectionString: url, max: 4, logger });
  const db = createDb(pool);
  await migrateDatabase(pool, logger);
  await seedDemo(db, { gazetteer: false });
  if (!ready) await generate(pool);
  const counts = (
    await pool.query<{ partnerships: number; exchanges: number; registrations: number }>(
      'SELECT (SELECT count(*) FROM partnerships)::int AS partnerships, (SELECT count(*) FROM exchanges)::int AS exchanges, (SELECT count(*) FROM exchange_registrations)::int AS registrations',
    )
  ).rows[0]!;

  const app = await buildBenchApp(db, pool, logger);
  // A coordinator of five of the twenty workspaces: sees their workspace and private records, and the public ones.
  const workspaceIds = [1, 2, 3, 4, 5].map((i) => `b0000000-0000-4000-a000-${String(i).padStart(12, '0')}`);
  const viewer = await createTestUser(db, { memberships: workspaceIds.map((id) => [id, 'coordinator'] as [string, 'coordinator']) });
  const raw = new pg.Client({ connectionString: url });
  raw.on('error', () => {});
  await raw.connect();

  const id = (prefix: string, n: number) => `${prefix[0]}0000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
  // Records the viewer can see: ids in its workspaces (i % 20 in 0..4 → workspaces 1..5).
  const visiblePartnership = (r: number) => id('e000', 20 * ((r * 37) % 999) + 1 + (r % 4));
  const visibleExchange = (r: number) => id('f000', 20 * (6 + ((r * 53) % 4990)) + 1 + (r % 4));
  const largeExchange = (r: number) => id('f000', [1, 2, 3, 4, 21, 22, 23, 24, 41, 42][r % 10]!);
  // A position in the middle of an organisation's exchanges, as the first page's cursor would carry it.
  const involvementCursor = (r: number) => Buffer.from(JSON.stringify([`${2010 + (r % 10)}-06-30`, 'exchange', 'ffffffff-ffff-4fff-afff-ffffffffffff'])).toString('base64url');
  const KINDS = ['workshop', 'delegation_visit', 'conference', 'return_visit'];
  const scenarios: { name: string; url: (r: number) => string }[] = [
    { name: 'partnership timeline (25 entries)', url: (r) => `/api/partnerships/${visiblePartnership(r)}/timeline?limit=25` },
    {
      name: 'exchange list, kind + period filter',
      url: (r) => `/api/exchanges?kind=${KINDS[r % 4]}&from=${2005 + (r % 15)}-01-01&to=${2008 + (r % 15)}-12-31&limit=25`,
    },
    { name: 'exchange list, status + oldest first', url: (r) => `/api/exchanges?status=${['planned', 'completed', 'confirmed'][r % 3]}&order=oldest&from=${2000 + (r % 25)}-06-01&limit=25` },
    { name: 'exchange list of a partnership', url: (r) => `/api/exchanges?partnershipId=${visiblePartnership(r)}&limit=25` },
    { name: 'participant export (10 people)', url: (r) => `/api/exchanges/${visibleExchange(r)}/participants.csv` },
    { name: 'participant export (500 people)', url: (r) => `/api/exchanges/${largeExchange(r)}/participants.csv` },
    { name: 'involvement of an org (10 500 exchanges)', url: () => `/api/organizations/${id('9000', 1)}/involvement?limit=25` },
    { name: 'involvement of an org (500), page 2', url: (r) => `/api/organizations/${id('9000', 2 + (r % 199))}/involvement?limit=25&cursor=${involvementCursor(r)}` },
    { name: 'involvement of an org, one year', url: (r) => `/api/organizations/${id('9000', 1 + (r % 200))}/involvement?year=${2000 + (r % 30)}&limit=25` },
    { name: 'involvement of a place (50 exchanges)', url: (r) => `/api/places/${id('c000', 1 + ((r * 17) % 2000))}/involvement?limit=25` },
    { name: 'involvement of a person', url: (r) => `/api/people/${id('d000', 4 * (1 + ((r * 31) % 12000)))}/involvement?limit=25` },
  ];

  const results: { name: string; api: number[]; sql: number[]; statements: number; rows: number }[] = [];
  for (const scenario of scenarios.filter((candidate) => !ONLY || candidate.name.includes(ONLY))) {
    const api: number[] = [];
    const sql: number[] = [];
    let statements = 0;
    let rows = 0;
    for (let r = 0; r < ROUNDS + 20; r++) {
      const target = scenario.url(r);
      const began = performance.now();
      // Every statement the request sent, transaction control and the switch to the application role
      // included: the replay does the same database work, row-level security and all.
      const { result: response, statements: sent } = await recordStatements(() => app.inject({ method: 'GET', url: target, headers: viewer.headers }));
      const apiTime = performance.now() - began;
      if (response.statusCode !== 200) throw new Error(`${target} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
      // The same statements with the same parameters, straight on the database as its owner.
      const rawBegan = performance.now();
      for (const statement of sent) await raw.query(statement.text, statement.values);
      const sqlTime = performance.now() - rawBegan;
      if (EXPLAIN && r === 20) {
        console.log(`\n── ${scenario.name}: ${target}`);
        for (const statement of sent.filter((candidate) => /^\s*(select|update|insert|delete)/i.test(candidate.text) && !candidate.text.includes('set_config('))) {
          const plan = await raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
          console.log(`${statement.text.slice(0, 400)}\n${plan.rows.map((row) => `    ${row['QUERY PLAN']}`).join('\n')}`);
        }
      }
      if (r < 20) continue; // warm-up
      api.push(apiTime);
      sql.push(sqlTime);
      statements = sent.length;
      rows = response.headers['content-type']?.toString().startsWith('text/csv') ? response.body.split('\n').length - 2 : (response.json().items?.length ?? 0);
    }
    results.push({ name: scenario.name, api: api.sort((a, b) => a - b), sql: sql.sort((a, b) => a - b), statements, rows });
  }

  console.log(`\nExchanges API over ${counts.partnerships} partnerships, ${counts.exchanges} exchanges, ${counts.registrations} registrations; ${ROUNDS} requests each`);
  console.log('aims: API p95 ≤ 50 ms and ≤ 2 × the raw SQL p95\n');
  console.log(`${'scenario'.padEnd(40)} ${'rows'.padStart(5)} ${'stmts'.padStart(5)}   ${'API p50'.padStart(8)} ${'API p95'.padStart(8)}   ${'SQL p50'.padStart(8)} ${'SQL p95'.padStart(8)}   ratio p95`);
  let failures = 0;
  for (const result of results) {
    const apiP95 = percentile(result.api, 95);
    const sqlP95 = percentile(result.sql, 95);
    const ratio = apiP95 / sqlP95;
    const ok = apiP95 <= 50 && ratio <= 2;
    if (!ok) failures++;
    console.log(
      `${result.name.padEnd(40)} ${String(result.rows).padStart(5)} ${String(result.statements).padStart(5)}   ${`${round(percentile(result.api, 50))} ms`.padStart(8)} ${`${round(apiP95)} ms`.padStart(8)}   ${`${round(percentile(result.sql, 50))} ms`.padStart(8)} ${`${round(sqlP95)} ms`.padStart(8)}   ${round(ratio)}${ok ? '' : '  ← over the aim'}`,
    );
  }
  console.log(failures === 0 ? '\nevery scenario within the aims' : `\n${failures} scenario(s) over the aims`);
  await raw.end();
  await app.close();
  await pool.end();
}

await runBench(main, close);
