import type pg from 'pg';
import { round } from '../support/percentiles.js';
import { VOCABULARIES, type Vocabulary } from './filler-words.js';

const SENTENCES_PER_LANGUAGE = 4000;
const TITLES_PER_LANGUAGE = 1500;
export const FILLER_WORKSPACES = 4;
const BATCH = 4000;

/** Deterministic pseudo-random numbers (mulberry32), so every run writes the same documents. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks early entries more often than late ones, as words are used in real texts. */
const skewed = <T>(next: () => number, list: T[]): T => list[Math.floor(list.length * next() ** 1.6)]!;

function sentence(next: () => number, words: Vocabulary): string {
  const parts = [skewed(next, words.subjects), skewed(next, words.verbs), next() < 0.5 ? `${skewed(next, words.adjectives)} ${skewed(next, words.objects)}` : skewed(next, words.objects)];
  if (next() < 0.5) parts.push(skewed(next, words.places));
  if (next() < 0.6) parts.push(skewed(next, words.times));
  const text = `${parts.join(' ')}.`;
  return next() < 0.3 ? `${skewed(next, words.connectors)}: ${text}` : text;
}

const fillerId = (prefix: string, n: number) => `${prefix}-0000-4000-a000-${String(n).padStart(12, '0')}`;
export const fillerWorkspaceId = (n: number) => fillerId('b5000000', n);
export const isFillerDocumentId = (id: string) => id.startsWith('a5000000-0000-4000-a000-');
const sqlId = (prefix: string, expression: string) => `('${prefix}-0000-4000-a000-' || lpad((${expression})::text, 12, '0'))::uuid`;

const KINDS = ['news', 'report', 'minutes', 'presentation', 'concept', 'good_practice'];
const LANGUAGES = ['de', 'en', 'uk'] as const;
const VISIBILITY_MIX = ['public', 'public', 'public', 'public', 'public', 'public', 'public', 'workspace', 'workspace', 'private'];

/** Documents `from`..`to`, generated here and sent as arrays, with links to towns and themes. */
async function writeChunk(client: pg.PoolClient, from: number, to: number, pools: Record<string, { sentences: string[]; titles: string[] }>, towns: number, themeIds: string[]): Promise<void> {
  const columns: { id: string[]; workspace: string[]; visibility: string[]; kind: string[]; language: string[]; title: string[]; text: string[]; day: string[] } = {
    id: [], workspace: [], visibility: [], kind: [], language: [], title: [], text: [], day: [],
  };
  const next = random(from);
  for (let i = from; i <= to; i++) {
    const language = LANGUAGES[i % 3]!;
    const pool = pools[language]!;
    const sentences: string[] = [];
    for (let k = 8 + Math.floor(next() * 26); k > 0; k--) sentences.push(pool.sentences[Math.floor(next() * pool.sentences.length)]!);
    columns.id.push(fillerId('a5000000', i));
    columns.workspace.push(fillerWorkspaceId(1 + (i % FILLER_WORKSPACES)));
    columns.visibility.push(VISIBILITY_MIX[Math.floor(i / 3) % 10]!);
    columns.kind.push(KINDS[Math.floor(i / 7) % 6]!);
    columns.language.push(language);
    columns.title.push(pool.titles[Math.floor(next() * pool.titles.length)]!);
    columns.text.push(sentences.join(' '));
    columns.day.push(new Date(Date.UTC(2000, 0, 1 + Math.floor(next() * 9100))).toISOString().slice(0, 10));
  }
  await client.query(
    `INSERT INTO documents (id, workspace_id, visibility, kind, language, language_source, title, text, published_on, sort_date, origin)
     SELECT id, workspace, visibility, kind, language, 'given', title, text, day, day, 'ingest'
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[]) AS t(id, workspace, visibility, kind, language, title, text, day)`,
    [columns.id, columns.workspace, columns.visibility, columns.kind, columns.language, columns.title, columns.text, columns.day],
  );
  await client.query(`
    INSERT INTO document_links (document_id, place_id, origin)
    SELECT ${sqlId('a5000000', 'i')}, ${sqlId('c5000000', `1 + (i * 17) % ${towns}`)}, 'manual' FROM generate_series(${from}, ${to}) i WHERE i % 5 < 2`);
  await client.query(
    `INSERT INTO document_links (document_id, theme_id, origin)
     SELECT ${sqlId('a5000000', 'i')}, ($1::uuid[])[1 + (i / 5) % ${themeIds.length}], 'manual' FROM generate_series(${from}, ${to}) i WHERE i % 7 < 2`,
    [themeIds],
  );
}

/**
 * Writes `count` generated documents (German, English, Ukrainian; 100–400 words of sentences
 * from the word lists; all kinds, years 2000–2024; linked to generated towns and the bench's
 * themes) with the triggers off, then indexes them through `app_search_refresh` — what the
 * triggers call — in batches on two connections. Returns the seconds it took.
 */
export async function writeFiller(pool: pg.Pool, count: number, themeIds: string[]): Promise<number> {
  const began = performance.now();
  const next = random(1961);
  const pools: Record<string, { sentences: string[]; titles: string[] }> = {};
  for (const [language, words] of Object.entries(VOCABULARIES)) {
    const sentences = Array.from({ length: SENTENCES_PER_LANGUAGE }, () => sentence(next, words));
    const titles = Array.from({ length: TITLES_PER_LANGUAGE }, (_, n) => {
      const object = skewed(next, words.objects);
      return `${skewed(next, words.titles)}: ${object[0]!.toUpperCase()}${object.slice(1)} ${skewed(next, words.places)} ${2000 + (n % 25)}`;
    });
    pools[language] = { sentences, titles };
  }
  await pool.query(
    `INSERT INTO workspaces (id, slug, name) SELECT ${sqlId('b5000000', 'i')}, 'bench-search-' || i, 'Bench search workspace ' || i
     FROM generate_series(1, ${FILLER_WORKSPACES}) i ON CONFLICT DO NOTHING`,
  );
  // The towns the generated texts name, so their documents carry countries.
  const towns = VOCABULARIES.de.places.map((name, i) => ({ name, en: VOCABULARIES.en.places[i]!, uk: VOCABULARIES.uk.places[i]!, country: i < 8 ? 'DE' : i < 16 ? 'UA' : i < 18 ? 'XK' : i < 19 ? 'CZ' : 'PL' }));
  await pool.query(
    `INSERT INTO places (id, workspace_id, visibility, kind, name, names, country_code)
     SELECT ${sqlId('c5000000', 'i')}, '${fillerWorkspaceId(1)}', 'public', 'municipality', t.name, jsonb_build_object('de', t.name, 'en', t.en, 'uk', t.uk), t.country
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(name, en, uk, country, i) ON CONFLICT DO NOTHING`,
    [towns.map((town) => town.name), towns.map((town) => town.en), towns.map((town) => town.uk), towns.map((town) => town.country)],
  );
  // Two connections with triggers (and foreign key checks) off: the documents are indexed below in batches instead.
  let nextChunk = 1;
  const writer = async () => {
    const client = await pool.connect();
    try {
      await client.query("SET session_replication_role = 'replica'");
      while (nextChunk <= count) {
        const from = nextChunk;
        const to = Math.min(count, from + BATCH - 1);
        nextChunk = to + 1;
        await writeChunk(client, from, to, pools, towns.length, themeIds);
      }
      await client.query("SET session_replication_role = 'origin'");
    } finally {
      client.release();
    }
  };
  await Promise.all([writer(), writer()]);
  const written = (performance.now() - began) / 1000;
  // The first batch alone adds almost every word of the word lists to search_terms; then two
  // connections share the rest without waiting for each other's new words.
  const refresh = (from: number, to: number) =>
    pool.query(`SELECT app_search_refresh('document', ARRAY(SELECT ${sqlId('a5000000', 'i')} FROM generate_series(${from}, ${to}) i))`);
  // Like a restore: the text indexes are built once at the end rather than kept up row by row.
  const indexes = (await pool.query<{ definition: string; name: string }>(
    "SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'search_entries' AND indexdef LIKE '%USING gin%'",
  )).rows;
  for (const index of indexes) await pool.query(`DROP INDEX ${index.name}`);
  await refresh(1, Math.min(count, BATCH));
  let nextFrom = BATCH + 1;
  const worker = async () => {
    while (nextFrom <= count) {
      const from = nextFrom;
      nextFrom += BATCH;
      await refresh(from, Math.min(count, from + BATCH - 1));
    }
  };
  await Promise.all([worker(), worker()]);
  await Promise.all(indexes.map((index) => pool.query(index.definition)));
  const total = (performance.now() - began) / 1000;
  console.log(`  ${count} filler documents written in ${round(written, 1)} s, indexed in ${round(total - written, 1)} s (${indexes.length} text indexes built afterwards)`);
  return total;
}
