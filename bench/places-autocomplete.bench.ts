/**
 * Accuracy and latency of place autocomplete over the whole gazetteer (all countries, about
 * 135 000 towns). Loads it into a throwaway embedded PostgreSQL (or the one in
 * BENCH_PLACES_DATA_DIR, kept between runs), then asks GET /api/places/autocomplete, in process,
 * for every judged spelling in bench/data/place-name-variants.csv and prints top-1 and top-3
 * accuracy, p50/p95 latency and the misses. Run with `npm run bench:places`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createProgress } from '../src/core/progress.js';
import { createDb, createPool } from '../src/core/db/client.js';
import { migrateDatabase } from '../src/core/db/migrate.js';
import { seedDemo } from '../src/demo/demo-seed.js';
import { gazetteerCovers, loadGazetteer } from '../src/modules/places/gazetteer/gazetteer-import.js';
import { benchDatabase, buildBenchApp, openBenchServer } from './support/bench-database.js';
import { percentile, round } from './support/percentiles.js';

interface Variant {
  variant: string;
  expected_geonames_id: string;
  kind: string;
}

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const variants = parse(readFileSync(path.join(import.meta.dirname, 'data', 'place-name-variants.csv'), 'utf8'), {
  columns: true,
  skip_empty_lines: true,
}) as Variant[];

const { server, logger, close } = await openBenchServer('places', 'BENCH_PLACES_DATA_DIR');

try {
  const { url } = await benchDatabase(server, 'bench_places', async () => true);
  const pool = createPool({ connectionString: url, max: 4, logger });
  const db = createDb(pool);
  await migrateDatabase(pool, logger);
  await seedDemo(db, { gazetteer: false });
  const everyCountry = ['DE', 'UA', 'XK', 'US', 'CN', 'BR'];
  if (!(await gazetteerCovers(db, everyCountry))) {
    const began = performance.now();
    const report = await loadGazetteer(db, { progress: createProgress('Loading the whole gazetteer', 0) });
    console.log(`Loaded ${report.countries} countries and ${report.municipalitiesWritten} towns in ${round((performance.now() - began) / 1000, 1)} s.`);
  }
  await pool.query('VACUUM ANALYZE places');
  await pool.query('VACUUM ANALYZE place_names');
  const towns = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM places WHERE kind = 'municipality'")).rows[0]!.n;
  const names = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM place_names')).rows[0]!.n;

  const app = await buildBenchApp(db, pool, logger);

  const ask = async (q: string) => {
    const began = performance.now();
    const response = await app.inject({ method: 'GET', url: `/api/places/autocomplete?q=${encodeURIComponent(q)}&limit=8` });
    const elapsed = performance.now() - began;
    if (response.statusCode !== 200) throw new Error(`"${q}" answered ${response.statusCode}: ${response.body}`);
    return { elapsed, items: response.json().items as { geonamesId: number | null; name: string; countryCode: string | null; population: number | null }[] };
  };

  for (const variant of variants) await ask(variant.variant); // warm-up: caches and plans
  const latencies: number[] = [];
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  const byKind = new Map<string, { total: number; top1: number }>();
  for (let roundIndex = 0; roundIndex < ROUNDS; roundIndex++) {
    for (const variant of variants) {
      const { elapsed, items } = await ask(variant.variant);
      latencies.push(elapsed);
      if (roundIndex > 0) continue;
      const expected = Number(variant.expected_geonames_id);
      const rank = items.findIndex((item) => item.geonamesId === expected);
      const kind = byKind.get(variant.kind) ?? { total: 0, top1: 0 };
      kind.total++;
      if (rank === 0) {
        top1++;
        kind.top1++;
      }
      if (rank >= 0 && rank < 3) top3++;
      if (rank !== 0) {
        const got = items.slice(0, 3).map((item) => `${item.name} (${item.countryCode}, ${item.geonamesId}, ${item.population ?? '?'})`);
        misses.push(`  ${variant.variant.padEnd(24)} expected ${expected}, rank ${rank < 0 ? 'not in top 8' : rank + 1}; got ${got.join('; ')}`);
      }
      byKind.set(variant.kind, kind);
    }
  }
  latencies.sort((a, b) => a - b);
  const percent = (n: number) => `${round((100 * n) / variants.length, 1)} %`;

  console.log(`\nPlace autocomplete over ${towns} towns (${names} name variants), ${variants.length} judged spellings, ${ROUNDS} rounds`);
  console.log(`top-1 accuracy  ${percent(top1).padStart(8)}   (${top1}/${variants.length}, aim ≥ 95 %)`);
  console.log(`top-3 accuracy  ${percent(top3).padStart(8)}   (${top3}/${variants.length})`);
  console.log(`latency p50     ${`${round(percentile(latencies, 50))} ms`.padStart(8)}`);
  console.log(`latency p95     ${`${round(percentile(latencies, 95))} ms`.padStart(8)}   (aim ≤ 20 ms)`);
  console.log(`latency max     ${`${round(latencies.at(-1) ?? 0)} ms`.padStart(8)}`);
  console.log('top-1 by kind of spelling:');
  for (const [kind, counts] of [...byKind].sort()) console.log(`  ${kind.padEnd(16)} ${counts.top1}/${counts.total}`);
  console.log(misses.length > 0 ? `misses (${misses.length}):\n${misses.join('\n')}` : 'no misses');
  await app.close();
  await pool.end();
} finally {
  await close();
}
