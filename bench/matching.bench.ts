/**
 * Matching at scale: 5 000 municipalities with profiles, 20 000 needs and offers, 2 000 expert
 * profiles among 50 000 people and 2 000 partnerships, generated with a fixed seed in a throwaway
 * embedded PostgreSQL (or the one in BENCH_MATCHING_DATA_DIR). The 40 judged query profiles of
 * `matching/judged-queries.ts` ask for partners for their need through the API (in process, as a
 * coordinator of the queries' workspace, row-level security on). Each candidate the viewer may see
 * is graded from what the generator wrote, not from the ranking's signals: 3 offers the need's
 * topic, shares a language and is of similar size (half to twice); 2 offers the topic; 1 offers
 * another topic of the same theme, or is an expert in the theme; 0 otherwise. Prints nDCG@10,
 * recall@10 of the grade-3 candidates (out of at most 10), and p50/p95 of a suggestion request
 * beside the very statements it sent replayed straight on the database. `npm run bench:matching`
 */
import pg from 'pg';
import { createDb, createPool } from '../src/core/db/client.js';
import { migrateDatabase } from '../src/core/db/migrate.js';
import { seedDemo } from '../src/demo/demo-seed.js';
import { createTestUser } from '../test/support/test-users.js';
import { benchDatabase, buildBenchApp, openBenchServer, recordStatements } from './support/bench-database.js';
import { percentile, round } from './support/percentiles.js';
import { JUDGED_QUERIES, TOPICS, type Topic } from './matching/judged-queries.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
/** SHRINK=10 writes a tenth of the data set, for a quick look; EXPLAIN=1 prints the plan of the ranking for the first query. */
const SHRINK = Number(process.env.SHRINK ?? 1);
const EXPLAIN = process.env.EXPLAIN === '1';
const SCALE = { municipalities: 5_000 / SHRINK, itemsPerProfile: 4, people: 50_000 / SHRINK, experts: 2_000 / SHRINK, partnerships: 2_000 / SHRINK, workspaces: 10 };
const COUNTRIES = [
  { code: 'DE', language: 'de', lat: 48, lon: 7 },
  { code: 'UA', language: 'uk', lat: 46, lon: 24 },
  { code: 'PL', language: 'pl', lat: 50, lon: 15 },
  { code: 'XK', language: 'sq', lat: 42, lon: 20 },
] as const;
const FILLERS = {
  de: ['mit Erfahrung aus mehreren Projekten', 'gemeinsam mit den Stadtwerken', 'für mittelgroße Städte', 'mit Beratung vor Ort'],
  en: ['with experience from several projects', 'together with the utility', 'for medium-sized towns', 'with advice on site'],
  uk: ['з досвідом кількох проєктів', 'разом із комунальним підприємством', 'для середніх міст', 'з консультаціями на місці'],
};

/** A small deterministic generator, so every run writes and judges the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-a000-${String(n).padStart(12, '0')}`;

interface Candidate {
  profileId: string;
  visible: boolean;
  population: number;
  languages: string[];
  offerTopics: string[];
  expertThemes: string[];
}

async function insertRows(pool: pg.Pool, sql: string, columns: unknown[][], batch = 5_000) {
  const length = columns[0]!.length;
  // Columns shorter than the first (a constant such as the workspace) go with every batch whole.
  for (let start = 0; start < length; start += batch) {
    await pool.query(sql, columns.map((column) => (column.length === length ? column.slice(start, start + batch) : column)));
  }
}

function describe(topic: Topic, languages: ('de' | 'en' | 'uk')[], filler: number) {
  return Object.fromEntries(languages.map((language) => [language, `${topic[language]} ${FILLERS[language][filler % 4]}`]));
}

async function generate(pool: pg.Pool, themeIds: Map<string, string>): Promise<Candidate[]> {
  const next = random(2026);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  const began = performance.now();
  const workspaceIds = Array.from({ length: SCALE.workspaces + 1 }, (_, i) => uuid('b1000000', i));
  await insertRows(pool, 'INSERT INTO workspaces (id, slug, name) SELECT id, slug, name FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, slug, name)', [
    workspaceIds,
    workspaceIds.map((_, i) => `matching-bench-${i}`),
    workspaceIds.map((_, i) => `Matching bench ${i}`),
  ]);
  const placeIds: string[] = [];
  const populations: number[] = [];
  const countries: number[] = [];
  const lat: number[] = [];
  const lon: number[] = [];
  for (let i = 0; i < SCALE.municipalities; i++) {
    placeIds.push(uuid('c1000000', i));
    populations.push(Math.round(800 * Math.exp(next() * 7)));
    countries.push(i % 4);
    lat.push(COUNTRIES[i % 4]!.lat + next() * 5);
    lon.push(COUNTRIES[i % 4]!.lon + next() * 8);
  }
  await insertRows(
    pool,
    `INSERT INTO places (id, workspace_id, visibility, kind, name, names, country_code, latitude, longitude, population)
     SELECT id, ($2::uuid[])[1], 'public', 'municipality', name, jsonb_build_object('en', name), country, lat, lon, population
     FROM unnest($1::uuid[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::int[]) AS t(id, name, country, lat, lon, population)`,
    [placeIds, [workspaceIds[1]], placeIds.map((_, i) => `Benchtown ${i}`), countries.map((c) => COUNTRIES[c]!.code), lat, lon, populations],
  );
  const personIds = Array.from({ length: SCALE.people }, (_, i) => uuid('d1000000', i));
  await insertRows(
    pool,
    `INSERT INTO people (id, workspace_id, visibility, given_name, family_name, languages, consent_basis, consent_recorded_at)
     SELECT id, ($2::uuid[])[1], 'public', 'Expert', 'Person ' || n, ARRAY['de','en'], 'consent', now() FROM unnest($1::uuid[], $3::int[]) AS t(id, n)`,
    [personIds, [workspaceIds[1]], personIds.map((_, i) => i)],
  );

  const candidates: Candidate[] = [];
  const profile = { id: [] as string[], workspace: [] as string[], visibility: [] as string[], place: [] as (string | null)[], person: [] as (string | null)[], languages: [] as string[] };
  const item = { id: [] as string[], profile: [] as string[], direction: [] as string[], theme: [] as string[], kind: [] as string[], description: [] as string[] };
  const profileThemes = { profile: [] as string[], theme: [] as string[] };
  const extraLanguages = ['en', 'de', 'uk', 'pl'];
  for (let i = 0; i < SCALE.municipalities + SCALE.experts; i++) {
    const expert = i >= SCALE.municipalities;
    const id = uuid('e1000000', i);
    const visible = next() < 0.9;
    const own = expert ? 'de' : COUNTRIES[countries[i]!]!.language;
    const languages = [...new Set([own, ...extraLanguages.filter(() => next() < 0.3)])];
    profile.id.push(id);
    profile.workspace.push(workspaceIds[1 + (i % SCALE.workspaces)]!);
    profile.visibility.push(visible ? 'public' : pick(['workspace', 'private']));
    profile.place.push(expert ? null : placeIds[i]!);
    profile.person.push(expert ? personIds[i - SCALE.municipalities]! : null);
    profile.languages.push(`{${languages.join(',')}}`);
    const candidate: Candidate = { profileId: id, visible, population: expert ? 0 : populations[i]!, languages, offerTopics: [], expertThemes: [] };
    if (expert) {
      const theme = pick(TOPICS).theme;
      candidate.expertThemes.push(theme);
      profileThemes.profile.push(id);
      profileThemes.theme.push(themeIds.get(theme)!);
    } else {
      for (let k = 0; k < SCALE.itemsPerProfile; k++) {
        const topic = pick(TOPICS);
        const direction = k % 2 === 0 ? 'need' : 'offer';
        if (direction === 'offer') candidate.offerTopics.push(topic.key);
        const describedIn = (['de', 'en', 'uk'] as const).filter(() => next() < 0.5);
        item.id.push(uuid('f1000000', i * SCALE.itemsPerProfile + k));
        item.profile.push(id);
        item.direction.push(direction);
        item.theme.push(themeIds.get(topic.theme)!);
        item.kind.push(pick(['know_how', 'equipment', 'staff_exchange']));
        item.description.push(JSON.stringify(describe(topic, describedIn.length > 0 ? [...describedIn] : [own === 'uk' ? 'uk' : 'en'], Math.floor(next() * 4))));
      }
    }
    candidates.push(candidate);
  }
  await insertRows(
    pool,
    `INSERT INTO matching_profiles (id, workspace_id, visibility, place_id, person_id, languages)
     SELECT id, w, v, p, pe, l::text[] FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::text[]) AS t(id, w, v, p, pe, l)`,
    [profile.id, profile.workspace, profile.visibility, profile.place, profile.person, profile.languages],
  );
  await insertRows(
    pool,
    `INSERT INTO matching_items (id, profile_id, direction, theme_id, kind, description)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::jsonb[])`,
    [item.id, item.profile, item.direction, item.theme, item.kind, item.description],
  );
  await insertRows(pool, 'INSERT INTO matching_profile_themes (profile_id, theme_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', [profileThemes.profile, profileThemes.theme]);
  const partnershipIds = Array.from({ length: SCALE.partnerships }, (_, i) => uuid('a1000000', i));
  await insertRows(
    pool,
    `INSERT INTO partnerships (id, workspace_id, visibility, kind, title) SELECT id, ($2::uuid[])[1], 'public', 'city_twinning', jsonb_build_object('en', 'Bench twinning ' || n) FROM unnest($1::uuid[], $3::int[]) AS t(id, n)`,
    [partnershipIds, [workspaceIds[1]], partnershipIds.map((_, i) => i)],
  );
  const parties = { partnership: [] as string[], place: [] as string[], position: [] as number[] };
  for (const id of partnershipIds) {
    const a = Math.floor(next() * SCALE.municipalities);
    const b = (a + 1 + Math.floor(next() * (SCALE.municipalities - 1))) % SCALE.municipalities;
    parties.partnership.push(id, id);
    parties.place.push(placeIds[a]!, placeIds[b]!);
    parties.position.push(0, 1);
  }
  await insertRows(pool, 'INSERT INTO partnership_parties (partnership_id, place_id, position) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])', [parties.partnership, parties.place, parties.position]);
  await pool.query('ANALYZE');
  console.log(`Generated in ${round((performance.now() - began) / 1000, 1)} s`);
  return candidates;
}

function grade(candidate: Candidate, query: (typeof JUDGED_QUERIES)[number]): number {
  if (!candidate.visible) return 0;
  const topic = TOPICS.find((candidateTopic) => candidateTopic.key === query.topic)!;
  if (candidate.offerTopics.includes(topic.key)) {
    const sharesLanguage = candidate.languages.some((language) => query.languages.includes(language));
    const ratio = Math.min(candidate.population, query.population) / Math.max(candidate.population, query.population);
    return sharesLanguage && ratio >= 0.5 ? 3 : 2;
  }
  const sameTheme = TOPICS.filter((other) => other.theme === topic.theme).map((other) => other.key);
  if (candidate.offerTopics.some((offered) => sameTheme.includes(offered)) || candidate.expertThemes.includes(topic.theme)) return 1;
  return 0;
}

const dcg = (grades: number[]) => grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

async function main() {
  const { server, logger, close } = await openBenchServer('matching', 'BENCH_MATCHING_DATA_DIR', '256MB');
  try {
    const { url } = await benchDatabase(server, 'bench_matching');
    const pool = createPool({ connectionString: url, max: 4, logger });
    const db = createDb(pool);
    await migrateDatabase(pool, logger);
    await seedDemo(db, { gazetteer: false });
    const themeRows = await pool.query<{ id: string; slug: string }>("SELECT id, slug FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001'");
    const themeIds = new Map(themeRows.rows.map((row) => [row.slug, row.id]));
    const candidates = await generate(pool, themeIds);
    const byProfile = new Map(candidates.map((candidate) => [candidate.profileId, candidate]));

    // The query profiles, in a workspace of their own that the viewer coordinates.
    const queryWorkspace = uuid('b1000000', 0);
    const queries = JUDGED_QUERIES.map((query, i) => ({ ...query, profileId: uuid('e2000000', i), needId: uuid('f2000000', i), placeId: uuid('c2000000', i) }));
    for (const [i, query] of queries.entries()) {
      const country = COUNTRIES.find((candidate) => candidate.code === query.country)!;
      const topic = TOPICS.find((candidate) => candidate.key === query.topic)!;
      await pool.query(
        `INSERT INTO places (id, workspace_id, visibility, kind, name, names, country_code, latitude, longitude, population)
         VALUES ($1, $2, 'public', 'municipality', $3, jsonb_build_object('en', $3::text), $4, $5, $6, $7)`,
        [query.placeId, queryWorkspace, query.town, query.country, country.lat + 2, country.lon + 3, query.population],
      );
      await pool.query('INSERT INTO matching_profiles (id, workspace_id, visibility, place_id, languages) VALUES ($1, $2, $3, $4, $5)', [query.profileId, queryWorkspace, 'workspace', query.placeId, query.languages]);
      await pool.query("INSERT INTO matching_items (id, profile_id, direction, theme_id, kind, description) VALUES ($1, $2, 'need', $3, 'know_how', $4)", [
        query.needId,
        query.profileId,
        themeIds.get(topic.theme),
        JSON.stringify(describe(topic, query.describedIn, i)),
      ]);
    }
    const counts = (
      await pool.query<{ profiles: number; items: number; places: number; people: number }>(
        "SELECT (SELECT count(*) FROM matching_profiles)::int AS profiles, (SELECT count(*) FROM matching_items)::int AS items, (SELECT count(*) FROM places WHERE kind = 'municipality')::int AS places, (SELECT count(*) FROM people)::int AS people",
      )
    ).rows[0]!;

    const app = await buildBenchApp(db, pool, logger);
    const viewer = await createTestUser(db, { memberships: [[queryWorkspace, 'coordinator']] });
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    const api: number[] = [];
    const sql: number[] = [];
    const ndcgs: number[] = [];
    const recalls: number[] = [];
    for (let round_ = 0; round_ < ROUNDS + 1; round_++) {
      for (const query of queries) {
        const target = `/api/matching/profiles/${query.profileId}/suggestions?needId=${query.needId}&limit=10`;
        const began = performance.now();
        const { result: response, statements } = await recordStatements(() => app.inject({ method: 'GET', url: target, headers: viewer.headers }));
        const apiTime = performance.now() - began;
        if (response.statusCode !== 200) throw new Error(`${target} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
        const rawBegan = performance.now();
        for (const statement of statements) await raw.query(statement.text, statement.values);
        const sqlTime = performance.now() - rawBegan;
        if (EXPLAIN && round_ === 0 && query === queries[0]) {
          // The statements before the ranking open the transaction as the application role, as the request did.
          const at = statements.findIndex((statement) => statement.text.includes('offer_signals'));
          for (const statement of statements.slice(0, at)) await raw.query(statement.text, statement.values);
          const plan = await raw.query(`EXPLAIN (ANALYZE, BUFFERS) ${statements[at]!.text}`, statements[at]!.values);
          await raw.query('ROLLBACK');
          console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
        }
        if (round_ === 0) {
          // The first round warms the caches and is judged.
          const ranked = (response.json().items as { profile: { id: string } }[]).map((item) => byProfile.get(item.profile.id));
          const grades = ranked.map((candidate) => (candidate ? grade(candidate, query) : 0));
          const ideal = candidates.map((candidate) => grade(candidate, query)).sort((a, b) => b - a);
          ndcgs.push(dcg(grades) / dcg(ideal.slice(0, 10)));
          const best = ideal.filter((g) => g === 3).length;
          recalls.push(best === 0 ? 1 : grades.filter((g) => g === 3).length / Math.min(10, best));
          continue;
        }
        api.push(apiTime);
        sql.push(sqlTime);
      }
    }
    api.sort((a, b) => a - b);
    sql.sort((a, b) => a - b);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    console.log(`\nMatching over ${counts.places} municipalities, ${counts.profiles} profiles, ${counts.items} needs and offers, ${counts.people} people`);
    console.log(`${queries.length} judged query profiles; ${api.length} timed suggestion requests (limit 10)\n`);
    console.log(`nDCG@10      ${round(mean(ndcgs), 3)}  (lowest ${round(Math.min(...ndcgs), 3)})`);
    console.log(`recall@10    ${round(mean(recalls), 3)}  (grade-3 partners found in the first 10, out of at most 10)`);
    console.log(`API p50/p95  ${round(percentile(api, 50))} ms / ${round(percentile(api, 95))} ms  (aim p95 ≤ 100 ms)`);
    console.log(`SQL p50/p95  ${round(percentile(sql, 50))} ms / ${round(percentile(sql, 95))} ms  (the statements of the request, replayed on the database)`);
    console.log(`ratio p95    ${round(percentile(api, 95) / percentile(sql, 95))}`);
    await raw.end();
    await app.close();
    await pool.end();
  } finally {
    await close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
