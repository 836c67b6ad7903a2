import { sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../../core/auth/viewer.js';
import type { DbExecutor } from '../../../core/db/client.js';
import { visibleTo } from '../../../core/records/record-visibility.js';
import { themeNamesAsTerms } from '../../themes/themes.service.js';
import { searchEntries, searchThesaurus } from './search.tables.js';
import { type SearchType } from './search.types.js';

export interface SearchFilters {
  type?: SearchType;
  theme?: string;
  country?: string;
  year?: number;
  language?: string;
}

/** How matches are scored: `ts_rank` with weights for D, C, B, A, its length normalisation, and a factor per kind of record. */
export interface Ranking {
  weights: [number, number, number, number];
  normalization: number;
  typeBoost: Partial<Record<SearchType, number>>;
}

export interface RankedRow {
  recordType: SearchType;
  recordId: string;
  score: number;
}

export interface FacetCounts {
  type: [string, number][];
  theme: [string, number][];
  country: [string, number][];
  year: [number, number][];
}

export interface SearchRun {
  rows: RankedRow[];
  total: number;
  /** Whether there were more matches than candidates, so that the total and facets are estimates. */
  estimated: boolean;
  facets: FacetCounts | null;
  /** The query as PostgreSQL built it, to mark the same words in the snippets. */
  queryText: string;
}

export interface Position {
  score: number;
  type: string;
  id: string;
}

/** `plainto_tsquery` of a text in the three configurations the index is built with. */
export function wordQuery(text: string): SQL {
  return sql`(plainto_tsquery('public.sd_german', ${text}) || plainto_tsquery('public.sd_english', ${text}) || plainto_tsquery('public.sd_simple', ${text}))`;
}

/** The words in this order, in each configuration. */
export function phraseQuery(text: string): SQL {
  return sql`(phraseto_tsquery('public.sd_german', ${text}) || phraseto_tsquery('public.sd_english', ${text}) || phraseto_tsquery('public.sd_simple', ${text}))`;
}

/** Any of the words, as written (for Ukrainian: the forms of a word). */
export function anyWordQuery(words: string[]): SQL {
  const plain = words.filter((word) => /^\p{L}+$/u.test(word));
  return plain.length === 0 ? sql`''::tsquery` : sql`to_tsquery('public.sd_simple', ${plain.join(' | ')})`;
}

/** A word of the index itself (as stored, already stemmed), e.g. a correction of a misspelt word. */
export function lexemeQuery(lexeme: string): SQL {
  return sql`plainto_tsquery('pg_catalog.simple', ${lexeme})`;
}

/** The records of a year: the index holds it as a word of its own (app_search_filter_words). */
export function yearQuery(year: number): SQL {
  return sql`${`'_y${year}'`}::tsquery`;
}

export const anyOf = (parts: SQL[]): SQL => sql`(${sql.join(parts, sql` || `)})`;
export const allOf = (parts: SQL[]): SQL => sql`(${sql.join(parts, sql` && `)})`;
/** The parts one right after the other, each in any of its forms ("social" then "housing"). */
export const sequenceOf = (parts: SQL[]): SQL => parts.slice(1).reduce((sequence, part) => sql`tsquery_phrase(${sequence}, ${part})`, parts[0]!);
export const noneOf = (parts: SQL[]): SQL => sql`!!(${sql.join(parts, sql` || `)})`;

function boostOf(ranking: Ranking): SQL {
  const cases = Object.entries(ranking.typeBoost).map(([type, factor]) => `WHEN '${type}' THEN ${Number(factor)}`);
  return cases.length === 0 ? sql`1` : sql.raw(`CASE search_entries.record_type ${cases.join(' ')} ELSE 1 END`);
}

/**
 * Matches of `query` the viewer may see (through `app_search_matches`, which applies the read
 * rule and the filters but the kind inside the database, and the service's own rule here), best
 * first, beyond `after`; with the total and, when asked, the counts by facet — in one statement.
 * Only the best `candidates` matches in titles and names (of all of them) and as many in running
 * text are ranked in full; when there are more, the total is the planner's estimate and the facet
 * counts are those of the candidates, scaled to it.
 */
export async function runSearch(
  db: DbExecutor,
  viewer: Viewer,
  input: {
    query: SQL;
    /** The query without the compounds a word is part of: rows that match it only through those rank lower. */
    literal?: SQL;
    /** The query with the compounds a word is part of, without other languages: rows with one in the title rank next to those with the words themselves there. */
    compound?: SQL;
    /** The other names of an idea the query names in several words: rows with one rank below `literal`, above the rest. */
    equivalent?: SQL;
    /**
     * When records with some of the words are shown: the query's parts, and the other names of the
     * idea it names as a whole (which stand for every part). Rows with more parts rank first.
     */
    coverage?: { parts: SQL[]; whole?: SQL };
    /**
     * All matches sought, when `query` draws candidates from some of them only (the rarer words'):
     * the total and facet counts are then estimates of this query's matches.
     */
    sought?: SQL;
    /** The kind of record the query names as a whole ("partnerships"): its records come first. */
    kind?: SearchType;
    filters: SearchFilters;
    limit: number;
    after?: Position;
    facets: boolean;
    ranking: Ranking;
    candidates: number;
  },
): Promise<SearchRun> {
  const { filters } = input;
  const typeCondition = filters.type ? sql`record_type = ${filters.type}` : sql`true`;
  const after = input.after
    ? sql`(score < ${input.after.score}::float8 OR (score = ${input.after.score}::float8 AND (record_type, record_id) > (${input.after.type}, ${input.after.id}::uuid)))`
    : sql`true`;
  const weights = `{${input.ranking.weights.join(',')}}`;
  // With expansions (compounds, other languages), the field decides before the form: the words
  // themselves in the title, then an expansion in the title ("Städtepartnerschaft" for
  // "Partnerschaft"), then the words themselves in the text, the other names of the idea, and the
  // rest. Within a field, whole words always come before compound parts, and the other languages'
  // terms (ranked below the words themselves wherever they are) never reach the title tiers.
  const entryTsv = sql`(SELECT x.tsv FROM search_entries x WHERE x.record_type = search_entries.record_type AND x.record_id = search_entries.record_id)`;
  const matchOf = (query: SQL) => sql`${entryTsv} @@ ${query}`;
  // Titles and names are in `head` (A and B), a small vector: the title test never reads the text's words.
  const titleMatchOf = (query: SQL) =>
    sql`ts_filter((SELECT x.head FROM search_entries x WHERE x.record_type = search_entries.record_type AND x.record_id = search_entries.record_id), '{a}') @@ ${query}`;
  const equivalentTier = (score: SQL) => (input.equivalent ? sql`WHEN ${matchOf(input.equivalent)} THEN 1 + ${score}` : sql``);
  const scored = (rank: SQL) => {
    if (!input.literal) return rank;
    const score = sql`(${rank} / (1 + ${rank}))`;
    // Records of the kind the query names rank at least as a compound in the title does: the kind is what they are called.
    const namedKind = input.kind ? sql`WHEN search_entries.record_type = ${input.kind} THEN 3 + ${score}` : sql``;
    return sql`(CASE WHEN ${titleMatchOf(sql`q.literal`)} THEN 4 + ${score} ${namedKind} WHEN ${titleMatchOf(sql`q.compound`)} THEN 3 + ${score}
      WHEN ${matchOf(sql`q.literal`)} THEN 2 + ${score} ${equivalentTier(score)} ELSE ${score} END)`;
  };
  // How many parts of the query a row has, as a tier above all others (only when some of the words suffice).
  const covered = (score: SQL) =>
    input.coverage
      ? sql`(SELECT greatest((SELECT count(*) FROM unnest(q.parts) part WHERE x.tsv @@ part), CASE WHEN x.tsv @@ q.whole THEN cardinality(q.parts) ELSE 0 END)
          FROM search_entries x WHERE x.record_type = search_entries.record_type AND x.record_id = search_entries.record_id) * 10 + ${score}`
      : score;
  const only = sql`${filters.theme ?? null}::uuid, ${filters.country ?? null}::text, ${filters.year ?? null}::integer, ${filters.language ?? null}::text`;
  const ranking = sql`${weights}::real[], ${input.ranking.normalization}::integer, ${input.candidates}::integer, ${only}`;
  // With expansions, the best matches of the words themselves are candidates too, however many
  // records the expansions find: common terms of other languages never crowd them out. Each match
  // is ranked once, against the words themselves when it has them.
  const candidates = input.literal ? sql`app_search_candidates(q.query, q.literal, ${ranking})` : sql`app_search_matches(q.query, ${ranking})`;
  const facets = input.facets
    ? sql`,
      (SELECT coalesce(json_agg(json_build_array(record_type, n)), '[]') FROM (SELECT record_type, count(*) AS n FROM base GROUP BY record_type) t) AS type_counts,
      (SELECT coalesce(json_agg(json_build_array(c, n) ORDER BY n DESC, c), '[]') FROM (SELECT c, count(*) AS n FROM filtered, unnest(countries) c GROUP BY c) t) AS country_counts,
      (SELECT coalesce(json_agg(json_build_array(year, n) ORDER BY year DESC), '[]') FROM (SELECT year, count(*) AS n FROM filtered WHERE year IS NOT NULL GROUP BY year) t) AS year_counts,
      (SELECT coalesce(json_agg(json_build_array(theme, n) ORDER BY n DESC, theme), '[]') FROM (SELECT theme, count(*) AS n FROM filtered, unnest(theme_ids) theme GROUP BY theme ORDER BY n DESC, theme LIMIT 40) t) AS theme_counts`
    : sql``;
  const result = await db.execute<{
    page: { record_type: SearchType; record_id: string; score: number }[];
    total: number;
    candidates: number;
    estimate: number | null;
    query_text: string;
    type_counts?: [string, number][];
    country_counts?: [string, number][];
    year_counts?: [number, number][];
    theme_counts?: [string, number][];
  }>(sql`
    WITH q AS MATERIALIZED (SELECT ${input.query} AS query, ${input.literal ?? input.query} AS literal, ${input.compound ?? input.literal ?? input.query} AS compound,
      ${input.coverage ? sql`ARRAY[${sql.join(input.coverage.parts, sql`, `)}]::tsquery[]` : sql`NULL::tsquery[]`} AS parts, ${input.coverage?.whole ?? sql`NULL::tsquery`} AS whole,
      ${input.sought ?? sql`NULL::tsquery`} AS sought),
    base AS MATERIALIZED (
      SELECT DISTINCT ON (search_entries.record_type, search_entries.record_id) search_entries.record_type, search_entries.record_id, search_entries.year,
        search_entries.countries, search_entries.theme_ids, search_entries.in_head, search_entries.head_matches,
        ${covered(scored(sql`search_entries.score * ${boostOf(input.ranking)}`))}::float8 AS score
      FROM q, LATERAL ${candidates} AS search_entries
      WHERE ${visibleTo(viewer, searchEntries)}
      ORDER BY search_entries.record_type, search_entries.record_id, search_entries.score DESC
    ),
    filtered AS (SELECT * FROM base WHERE ${typeCondition}),
    capped AS (SELECT ${input.sought ? sql`true` : sql`coalesce(max(head_matches) > ${input.candidates}, false) OR count(*) FILTER (WHERE NOT in_head) >= ${input.candidates}`} AS capped, count(*) AS n FROM base)
    SELECT
      (SELECT coalesce(json_agg(json_build_object('record_type', record_type, 'record_id', record_id, 'score', score) ORDER BY score DESC, record_type, record_id), '[]')
        FROM (SELECT record_type, record_id, score FROM filtered WHERE ${after} ORDER BY score DESC, record_type, record_id LIMIT ${input.limit + 1}) p) AS page,
      (SELECT count(*)::int FROM filtered) AS total,
      (SELECT n::int FROM capped) AS candidates,
      (SELECT CASE WHEN capped THEN app_search_estimate((SELECT coalesce(sought, query) FROM q), ${only}) END FROM capped) AS estimate,
      (SELECT query::text FROM q) AS query_text
      ${facets}`);
  const row = result.rows[0]!;
  const counted = Number(row.total);
  // More matches than candidates: the estimate of all matches, shared out as among the candidates.
  const factor = row.estimate !== null && Number(row.candidates) > 0 ? Math.max(1, Number(row.estimate) / Number(row.candidates)) : 1;
  const scale = (count: number) => Math.max(1, Math.round(Number(count) * factor));
  return {
    rows: row.page.map((entry) => ({ recordType: entry.record_type, recordId: entry.record_id, score: Number(entry.score) })),
    total: factor === 1 ? counted : Math.max(counted, Math.round(counted * factor)),
    estimated: row.estimate !== null,
    queryText: row.query_text,
    facets: input.facets
      ? {
          type: (row.type_counts ?? []).map(([value, count]) => [value, scale(count)]),
          theme: (row.theme_counts ?? []).map(([value, count]) => [value, scale(count)]),
          country: (row.country_counts ?? []).map(([value, count]) => [value, scale(count)]),
          year: (row.year_counts ?? []).map(([value, count]) => [value, scale(count)]),
        }
      : null,
  };
}

/**
 * How many rows of the index the planner expects each query to match (from the statistics of the
 * words, without reading the index), and how many rows the index has (0 before it was analysed).
 */
export async function estimatedMatches(db: DbExecutor, queries: SQL[]): Promise<{ matches: number[]; rows: number }> {
  const estimates = queries.map((query) => sql`app_search_estimate(${query}, NULL, NULL, NULL, NULL)`);
  const result = await db.execute<{ rows: number; matches: number[] }>(sql`
    SELECT greatest((SELECT reltuples FROM pg_class WHERE oid = 'public.search_entries'::regclass), 0)::float8 AS rows,
      ARRAY[${sql.join(estimates, sql`, `)}]::integer[] AS matches`);
  const row = result.rows[0]!;
  return { rows: Number(row.rows), matches: row.matches.map(Number) };
}

/**
 * Whether each query matches more than `limit` rows of the index (counting no further than that,
 * and regardless of who may see them): a check of what the planner's estimates suggest.
 */
export async function haveMoreMatches(db: DbExecutor, queries: SQL[], limit: number): Promise<boolean[]> {
  const checks = queries.map((query) => sql`app_search_more_matches_than(${query}, ${limit}::integer)`);
  const result = await db.execute<{ more: boolean[] }>(sql`SELECT ARRAY[${sql.join(checks, sql`, `)}]::boolean[] AS more`);
  return result.rows[0]!.more;
}

/** Which of the words the German or the English configuration drops as too common ("seit", "the"). */
export async function stopwords(db: DbExecutor, words: string[]): Promise<Set<string>> {
  const result = await db.execute<{ word: string }>(sql`
    SELECT w AS word FROM unnest(${sql.param(words)}::text[]) w
    WHERE numnode(plainto_tsquery('public.sd_german', w)) = 0 OR numnode(plainto_tsquery('public.sd_english', w)) = 0`);
  return new Set(result.rows.map((row) => row.word));
}

/** Whether the query finds anything the viewer may see. */
export async function anyMatch(db: DbExecutor, query: SQL): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`SELECT app_search_any(${query}) AS found`);
  return Boolean(result.rows[0]?.found);
}

/** Words of the index the viewer may see that are spelt like `word`, closest first. */
export async function similarTerms(db: DbExecutor, word: string, minimum: number, howMany: number): Promise<{ term: string; similarity: number }[]> {
  const result = await db.execute<{ term: string; similarity: number }>(sql`SELECT term, similarity FROM app_search_similar_terms(${word}, ${minimum}::real, ${howMany}::integer)`);
  return result.rows.map((row) => ({ term: row.term, similarity: Number(row.similarity) }));
}

export interface EntryDetail {
  recordType: SearchType;
  recordId: string;
  title: Record<string, string>;
  kind: string | null;
  language: string | null;
  year: number | null;
  countries: string[];
  /** The summary with the words of the query marked (records), or the document's passage. */
  snippet: string;
}

/** Where the text in several languages that a record's snippet is taken from is kept, by kind of record. */
const SUMMARY_SOURCES: Partial<Record<SearchType, { table: string; column: string }>> = {
  organization: { table: 'organizations', column: 'description' },
  partnership: { table: 'partnerships', column: 'description' },
  exchange: { table: 'exchanges', column: 'description' },
  network: { table: 'networks', column: 'description' },
  funding_programme: { table: 'funding_programmes', column: 'description' },
  theme: { table: 'themes', column: 'description' },
  project: { table: 'projects', column: 'summary' },
  action_plan: { table: 'action_plans', column: 'summary' },
};

/** A partner search profile without a summary of its own is summed up by its needs and offers, language by language. */
const profileSummary = sql`(SELECT CASE WHEN btrim(app_texts(x.summary)) <> '' THEN x.summary ELSE (
    SELECT jsonb_object_agg(by_language.key, by_language.texts) FROM (
      SELECT t.key, string_agg(t.value, ' · ' ORDER BY i.created_at, i.id) AS texts
      FROM matching_items i CROSS JOIN LATERAL jsonb_each_text(i.description) AS t
      WHERE i.profile_id = x.id AND btrim(t.value) <> '' GROUP BY t.key
    ) by_language) END
  FROM matching_profiles x WHERE x.id = search_entries.record_id)`;

const localizedSummary = sql`CASE search_entries.record_type ${sql.join(
  Object.entries(SUMMARY_SOURCES).map(
    ([type, source]) => sql`WHEN ${type} THEN (SELECT x.${sql.identifier(source.column)} FROM ${sql.identifier(source.table)} x WHERE x.id = search_entries.record_id)`,
  ),
  sql` `,
)} WHEN 'matching_profile' THEN ${profileSummary} END`;

/**
 * Titles and passages of the records found: for documents a passage of their text (and files),
 * for other records their description or summary, with the words of the query between the two marks.
 * Of a text kept in several languages one language is shown, never all glued together: the
 * reader's when it matches, else one that matches, else the reader's.
 */
export async function findEntryDetails(
  db: DbExecutor,
  viewer: Viewer,
  rows: { recordType: SearchType; recordId: string }[],
  queryText: string,
  marks: { start: string; stop: string },
  readerLanguage: string,
): Promise<EntryDetail[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.recordId);
  const options = `StartSel=${marks.start}, StopSel=${marks.stop}, MaxWords=38, MinWords=16, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
  const clean = (column: SQL) => sql`translate(${column}, ${marks.start + marks.stop}, '')`;
  const result = await db.execute<{
    record_type: SearchType;
    record_id: string;
    title: Record<string, string>;
    kind: string | null;
    language: string | null;
    year: number | null;
    countries: string[];
    snippet: string | null;
  }>(sql`
    SELECT search_entries.record_type, search_entries.record_id, search_entries.title, search_entries.kind, search_entries.language,
      search_entries.year, search_entries.countries,
      CASE WHEN search_entries.record_type = 'document' THEN (
        SELECT ts_headline(
          CASE d.language WHEN 'de' THEN 'public.sd_german'::regconfig WHEN 'en' THEN 'public.sd_english'::regconfig ELSE 'public.sd_simple'::regconfig END,
          ${clean(sql`left(d.text, 60000)`)}, ${queryText}::tsquery, ${options})
        FROM documents d WHERE d.id = search_entries.record_id)
      ELSE ts_headline(
        CASE picked.language WHEN 'en' THEN 'public.sd_english'::regconfig WHEN 'uk' THEN 'public.sd_simple'::regconfig ELSE 'public.sd_german'::regconfig END,
        ${clean(sql`coalesce(left(picked.text, 60000), search_entries.summary)`)}, ${queryText}::tsquery, ${options}) END AS snippet
    FROM search_entries
    LEFT JOIN LATERAL (
      SELECT t.key AS language, t.value AS text FROM jsonb_each_text(${localizedSummary}) AS t
      WHERE btrim(t.value) <> ''
      ORDER BY app_search_text(t.value, t.key, 'C') @@ ${queryText}::tsquery DESC, t.key = ${readerLanguage} DESC, t.key
      LIMIT 1
    ) picked ON search_entries.record_type <> 'document'
    WHERE (search_entries.record_type, search_entries.record_id) IN (SELECT * FROM unnest(${sql.param(rows.map((row) => row.recordType))}::text[], ${sql.param(ids)}::uuid[]))
      AND ${visibleTo(viewer, searchEntries)}`);
  const byKey = new Map(result.rows.map((row) => [`${row.record_type}:${row.record_id}`, row]));
  return rows.flatMap((wanted) => {
    const row = byKey.get(`${wanted.recordType}:${wanted.recordId}`);
    if (!row) return [];
    return [
      {
        recordType: row.record_type,
        recordId: row.record_id,
        title: row.title,
        kind: row.kind,
        language: row.language,
        year: row.year,
        countries: row.countries,
        snippet: row.snippet ?? '',
      },
    ];
  });
}

/** Titles of records (of any kind) the viewer may see, e.g. the records a document links to. */
export async function findEntryTitles(
  db: DbExecutor,
  viewer: Viewer,
  ids: string[],
): Promise<Map<string, { recordType: SearchType; title: Record<string, string>; kind: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ recordType: searchEntries.recordType, recordId: searchEntries.recordId, title: searchEntries.title, kind: searchEntries.kind })
    .from(searchEntries)
    .where(sql`${searchEntries.recordId} = ANY(${sql.param(ids)}::uuid[]) AND ${visibleTo(viewer, searchEntries)}`);
  return new Map(rows.map((row) => [`${row.recordType}:${row.recordId}`, { recordType: row.recordType, title: row.title, kind: row.kind }]));
}

export interface PlaceEntry {
  recordId: string;
  title: Record<string, string>;
  kind: string | null;
  countries: string[];
  /** The place it lies in. */
  summary: string;
}

/** Index rows of places the viewer may see, in the order of `ids`. */
export async function findPlaceEntries(db: DbExecutor, viewer: Viewer, ids: string[]): Promise<PlaceEntry[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ recordId: searchEntries.recordId, title: searchEntries.title, kind: searchEntries.kind, countries: searchEntries.countries, summary: searchEntries.summary })
    .from(searchEntries)
    .where(sql`${searchEntries.recordType} = 'place' AND ${searchEntries.recordId} = ANY(${sql.param(ids)}::uuid[]) AND ${visibleTo(viewer, searchEntries)}`);
  const byId = new Map(rows.map((row) => [row.recordId, row]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** Which of the places are towns of the gazetteer that no record refers to. */
export async function unreferencedTowns(db: DbExecutor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = await db.execute<{ id: string }>(sql`
    SELECT p.id FROM places p WHERE p.id = ANY(${sql.param(ids)}::uuid[]) AND app_search_unreferenced_town('place', p.workspace_id, p.id)`);
  return new Set(result.rows.map((row) => row.id));
}

/** Words of the index the viewer may see that contain one of the fragments (letters only), shortest first. */
export async function termsContaining(db: DbExecutor, fragments: string[], howMany: number): Promise<string[]> {
  const wanted = fragments.filter((fragment) => /^\p{L}{4,}$/u.test(fragment));
  if (wanted.length === 0) return [];
  const result = await db.execute<{ term: string }>(sql`SELECT term FROM app_search_terms_containing(${sql.param(wanted)}::text[], ${howMany}::integer)`);
  return result.rows.map((row) => row.term);
}

/** A word as the German configuration of the index stems it ("Versorgung" → versorg), folded. */
export async function germanStem(db: DbExecutor, word: string): Promise<string> {
  const result = await db.execute<{ stem: string | null }>(sql`SELECT (ts_lexize('pg_catalog.german_stem', public.unaccent(lower(${word}))))[1] AS stem`);
  return result.rows[0]?.stem ?? word;
}

/**
 * The same idea in other words and languages: the other terms of the thesaurus entries and the
 * other names of the themes that have one of the phrases as a term or name (compared as the
 * index compares words: stemmed in German or English, or as written), from what the viewer may see.
 * Each entry comes with the first phrase that names it: the caller passes the whole query before
 * its parts. A phrase may come with a pattern of the forms of its words (`forms`, a regular
 * expression or null): a term written in lower case that it matches names the same idea
 * ("спортивні клуби" for the term "спортивний клуб"). A phrase that is a term as written names
 * only the entries that have it so: ideas whose terms merely stem alike ("parking" and "park",
 * "Wasserversorger" and "Wasserversorgung") are not taken for it.
 */
export async function findEquivalents(db: DbExecutor, viewer: Viewer, phrases: string[], forms: (string | null)[] = []): Promise<{ phrase: string; terms: string[] }[]> {
  if (phrases.length === 0) return [];
  const patterns = phrases.map((_phrase, index) => forms[index] ?? null);
  const result = await db.execute<{ id: string; terms: string[]; position: number; exact: boolean }>(sql`
    WITH q AS (SELECT phrase, pattern, position FROM unnest(${sql.param(phrases)}::text[], ${sql.param(patterns)}::text[]) WITH ORDINALITY AS p(phrase, pattern, position)),
    entries AS (
      SELECT search_thesaurus.id, ARRAY(SELECT jsonb_array_elements_text(e.v) FROM jsonb_each(search_thesaurus.terms) e(k, v) WHERE jsonb_typeof(e.v) = 'array') AS terms
      FROM search_thesaurus WHERE ${visibleTo(viewer, searchThesaurus)}
      UNION ALL
      ${themeNamesAsTerms(viewer)}
    ),
    matches AS (
      SELECT entries.id, entries.terms, q.position,
        strip(to_tsvector('public.sd_simple', term)) = strip(to_tsvector('public.sd_simple', q.phrase)) OR coalesce(lower(term) ~ q.pattern, false) AS exact,
        (numnode(plainto_tsquery('public.sd_german', q.phrase)) > 0 AND strip(to_tsvector('public.sd_german', term)) = strip(to_tsvector('public.sd_german', q.phrase)))
          OR (numnode(plainto_tsquery('public.sd_english', q.phrase)) > 0 AND strip(to_tsvector('public.sd_english', term)) = strip(to_tsvector('public.sd_english', q.phrase))) AS stemmed
      FROM entries, unnest(entries.terms) AS term, q
    )
    SELECT id, terms, position, bool_or(exact) AS exact FROM matches WHERE exact OR stemmed
    GROUP BY id, terms, position
    ORDER BY position, id`);
  const exactly = new Set(result.rows.filter((row) => row.exact).map((row) => Number(row.position)));
  const named = new Set<string>();
  const found: { phrase: string; terms: string[] }[] = [];
  for (const row of result.rows) {
    if ((!row.exact && exactly.has(Number(row.position))) || named.has(String(row.id))) continue;
    named.add(String(row.id));
    found.push({ phrase: phrases[Number(row.position) - 1]!, terms: row.terms });
  }
  return found;
}
