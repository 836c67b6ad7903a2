import { sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { matchingProfiles } from './matching.tables.js';
import type { SuggestionQuery } from './matching.schemas.js';

/** The weights of the signals; they add up to 1 for a candidate that matches in every way. */
export const SIGNAL_WEIGHTS = {
  offerTheme: 0.3,
  expertiseTheme: 0.1,
  text: 0.2,
  size: 0.1,
  region: 0.05,
  languages: 0.1,
  experience: 0.1,
  reachable: 0.05,
  existingPartnershipPenalty: 0.3,
} as const;

/** How many candidates the cheap signals keep before the graph and the exchanges are asked. */
const SHORTLIST = 40;

/** Constants of the code, written into the statement so PostgreSQL types them as numbers. */
const weight = (value: number) => sql.raw(value.toFixed(3));

export interface SuggestionRow {
  profile_id: string;
  offer_id: string | null;
  offer_closeness: number;
  offer_theme_id: string | null;
  expertise_closeness: number;
  expertise_theme_id: string | null;
  text_similarity: number;
  seeker_population: number | null;
  candidate_population: number | null;
  same_region: boolean;
  region_id: string | null;
  distance_km: number | null;
  shared_languages: string[];
  seeker_language_count: number;
  experience: number;
  existing_partnership: boolean;
  neighbour_partner_id: string | null;
  score: number;
}

interface SeekerFacts {
  place_id: string | null;
  organization_id: string | null;
  person_id: string | null;
  languages: string[];
  population: number | null;
  home_id: string | null;
  region_id: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The themes wanted and their relatives, with how close each is (1 the theme itself, 0.6 a relative). */
  themes: { id: string; closeness: number }[];
  /** The words of the needs' descriptions, as a `simple` tsquery OR-ing them; null without words. */
  terms: string | null;
  text: string | null;
}

/**
 * What the ranking starts from, in one small statement: the seeker's place, size and languages,
 * the themes it wants (its needs', or one need's, and for a whole profile its own themes) with
 * their parents, children and siblings, and the words of the needs.
 */
async function seekerFacts(db: DbExecutor, profileId: string, needId: string | undefined): Promise<SeekerFacts | undefined> {
  const needFilter = needId ? sql`AND i.id = ${needId}` : sql``;
  const result = await db.execute(sql`
    WITH wanted AS (
      SELECT i.theme_id, i.search_vector, i.plain_text FROM matching_items i
      WHERE i.profile_id = ${profileId} AND i.direction = 'need' ${needFilter}
    ),
    wanted_themes AS (
      SELECT theme_id FROM wanted
      UNION SELECT pt.theme_id FROM matching_profile_themes pt WHERE pt.profile_id = ${profileId} AND ${needId ?? null}::uuid IS NULL
    ),
    related_themes AS (
      SELECT t.id, max(CASE WHEN t.id = wt.theme_id THEN 1.0 ELSE 0.6 END)::float8 AS closeness
      FROM wanted_themes wt
      JOIN themes own ON own.id = wt.theme_id
      JOIN themes t ON t.id = own.id OR t.parent_id = own.id OR t.id = own.parent_id OR (own.parent_id IS NOT NULL AND t.parent_id = own.parent_id)
      GROUP BY t.id
    ),
    terms AS (
      SELECT string_agg(DISTINCT lexeme, ' | ') AS query
      FROM wanted, unnest(tsvector_to_array(wanted.search_vector)) AS lexeme
      WHERE lexeme ~ '^[[:alnum:]]{3,}$'
    )
    SELECT p.place_id, p.organization_id, p.person_id, p.languages,
           coalesce(p.population, pl.population) AS population,
           pl.id AS home_id, pl.parent_id AS region_id, pl.latitude, pl.longitude,
           coalesce((SELECT json_agg(json_build_object('id', id, 'closeness', closeness)) FROM related_themes), '[]'::json) AS themes,
           (SELECT query FROM terms) AS terms,
           (SELECT string_agg(plain_text, ' ') FROM wanted) AS text
    FROM matching_profiles p
    LEFT JOIN organizations o ON o.id = p.organization_id
    LEFT JOIN places pl ON pl.id = coalesce(p.place_id, o.seat_place_id)
    WHERE p.id = ${profileId}
  `);
  return result.rows[0] as SeekerFacts | undefined;
}

const uuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
const textArray = (values: string[]) => sql`${`{${values.map((value) => `"${value}"`).join(',')}}`}::text[]`;

/**
 * Ranks the profiles the viewer may see as partners for a profile's needs (or one of them).
 * Candidates come only from the wanted themes and their relatives, through the index on
 * (theme_id, direction) and the profiles' themes: offers there (the theme itself 1, a relative
 * 0.6) and experts in them. Each is scored by full-text likeness of its best offer, size band,
 * region and shared languages, all against the seeker's facts written into the statement as
 * constants; the shortlist then gets trigram likeness, distance, the exchanges on the theme and
 * the ties in the partnership graph. Row-level security applies to every table read.
 */
export async function rankSuggestions(db: DbExecutor, viewer: Viewer, profileId: string, query: SuggestionQuery): Promise<SuggestionRow[]> {
  const seeker = await seekerFacts(db, profileId, query.needId);
  if (!seeker || seeker.themes.length === 0) return [];
  const w = SIGNAL_WEIGHTS;
  const filters: SQL[] = [];
  if (query.subject === 'municipality') filters.push(sql`c.place_id IS NOT NULL`);
  if (query.subject === 'organization') filters.push(sql`c.organization_id IS NOT NULL`);
  if (query.subject === 'expert') filters.push(sql`c.person_id IS NOT NULL`);
  if (query.country) filters.push(sql`cpl.country_code = ${query.country}`);
  if (query.regionId) filters.push(sql`(cpl.id = ${query.regionId} OR cpl.parent_id = ${query.regionId})`);
  if (query.minPopulation !== undefined) filters.push(sql`coalesce(c.population, cpl.population) >= ${query.minPopulation}`);
  if (query.maxPopulation !== undefined) filters.push(sql`coalesce(c.population, cpl.population) <= ${query.maxPopulation}`);
  if (query.partnershipType) filters.push(sql`${query.partnershipType} = ANY(c.partnership_types)`);
  if (seeker.place_id) filters.push(sql`c.place_id IS DISTINCT FROM ${seeker.place_id}::uuid`);
  if (seeker.organization_id) filters.push(sql`c.organization_id IS DISTINCT FROM ${seeker.organization_id}::uuid`);
  if (seeker.person_id) filters.push(sql`c.person_id IS DISTINCT FROM ${seeker.person_id}::uuid`);
  const filter = filters.length > 0 ? sql.join(filters, sql` AND `) : sql`true`;

  const themeIds = seeker.themes.map((theme) => theme.id);
  const exact = seeker.themes.filter((theme) => theme.closeness >= 1).map((theme) => theme.id);
  const closeness = (column: SQL) => sql`CASE WHEN ${column} = ANY(${uuidArray(exact)}) THEN 1.0::float8 ELSE 0.6::float8 END`;
  // @@ first: ranking only the offers that share a word is cheaper than ranking every offer of the themes.
  const terms = seeker.terms ? sql`to_tsquery('simple', ${seeker.terms})` : undefined;
  const textRank = terms ? sql`CASE WHEN o.search_vector @@ ${terms} THEN least(1, ts_rank(o.search_vector, ${terms}) * 5) ELSE 0 END::float8` : sql`0::float8`;
  const languages = [...new Set(seeker.languages)];
  // Shared languages counted with one test per language of the seeker, no subquery per candidate.
  const sharedLanguageCount =
    languages.length > 0 ? sql.join(languages.map((language) => sql`(${language} = ANY(c.languages))::int`), sql` + `) : sql`0`;
  const population = seeker.population ?? 0;
  const sizeScore =
    population > 0
      ? sql`CASE WHEN coalesce(c.population, cpl.population) > 0
          THEN least(${population}::float8, coalesce(c.population, cpl.population)) / greatest(${population}::float8, coalesce(c.population, cpl.population)) * ${weight(w.size)} ELSE 0 END`
      : sql`0`;
  const regionScore = seeker.region_id ? sql`CASE WHEN cpl.parent_id = ${seeker.region_id}::uuid THEN ${weight(w.region)} ELSE 0 END` : sql`0`;
  const languageScore = languages.length > 0 ? sql`(${sharedLanguageCount})::float8 / ${languages.length} * ${weight(w.languages)}` : sql`0`;
  const [lat, lon] = [seeker.latitude, seeker.longitude];
  const distance =
    lat !== null && lon !== null
      ? sql`CASE WHEN sc.latitude IS NOT NULL THEN
          round(6371 * 2 * asin(sqrt(power(sin(radians(sc.latitude - ${lat}::float8) / 2), 2)
            + cos(radians(${lat}::float8)) * cos(radians(sc.latitude)) * power(sin(radians(sc.longitude - ${lon}::float8) / 2), 2))))::int END`
      : sql`NULL::int`;

  const result = await db.execute(sql`
    WITH offer_signals AS (
      SELECT o.profile_id, o.id AS offer_id, o.theme_id, ${closeness(sql`o.theme_id`)} AS closeness, ${textRank} AS text_rank
      FROM matching_items o
      WHERE o.theme_id = ANY(${uuidArray(themeIds)}) AND o.direction = 'offer' AND o.profile_id <> ${profileId}
    ),
    offer_hits AS (
      SELECT DISTINCT ON (profile_id) profile_id, offer_id, theme_id, closeness, text_rank AS text_similarity
      FROM offer_signals
      ORDER BY profile_id, closeness * ${weight(w.offerTheme)} + text_rank * ${weight(w.text)} DESC
    ),
    expertise AS (
      SELECT DISTINCT ON (pt.profile_id) pt.profile_id, pt.theme_id, ${closeness(sql`pt.theme_id`)} AS closeness
      FROM matching_profile_themes pt
      WHERE pt.theme_id = ANY(${uuidArray(themeIds)}) AND pt.profile_id <> ${profileId}
      ORDER BY pt.profile_id, 3 DESC
    ),
    candidate_ids AS (
      SELECT profile_id FROM offer_hits UNION SELECT profile_id FROM expertise
    ),
    scored AS (
      SELECT c.id AS profile_id, c.place_id, c.organization_id, c.person_id, c.languages,
             oh.offer_id, coalesce(oh.closeness, 0)::float8 AS offer_closeness, oh.theme_id AS offer_theme_id,
             coalesce(ex.closeness, 0)::float8 AS expertise_closeness, ex.theme_id AS expertise_theme_id,
             coalesce(oh.text_similarity, 0)::float8 AS text_similarity,
             coalesce(c.population, cpl.population) AS candidate_population,
             coalesce(cpl.parent_id = ${seeker.region_id}::uuid, false) AS same_region,
             cpl.parent_id AS region_id, cpl.id AS home_id, cpl.latitude, cpl.longitude,
             coalesce(oh.closeness, 0) * ${weight(w.offerTheme)} + coalesce(ex.closeness, 0) * ${weight(w.expertiseTheme)}
               + coalesce(oh.text_similarity, 0) * ${weight(w.text)} + ${sizeScore} + ${regionScore} + ${languageScore} AS base_score
      FROM candidate_ids ids
      JOIN (SELECT * FROM matching_profiles WHERE ${visibleTo(viewer, matchingProfiles)}) c ON c.id = ids.profile_id
      LEFT JOIN offer_hits oh ON oh.profile_id = c.id
      LEFT JOIN expertise ex ON ex.profile_id = c.id
      LEFT JOIN organizations co ON co.id = c.organization_id
      LEFT JOIN places cpl ON cpl.id = coalesce(c.place_id, co.seat_place_id)
      WHERE ${filter}
      ORDER BY base_score DESC, c.id
      LIMIT ${sql.raw(String(SHORTLIST))}
    ),
    -- Materialised: its subqueries are planned and run once per shortlisted profile, not once per use.
    graph AS MATERIALIZED (
      SELECT sc.profile_id,
        -- Trigram likeness is dear per row: only the shortlist's best offers are compared.
        greatest(sc.text_similarity, similarity(coalesce((SELECT o.plain_text FROM matching_items o WHERE o.id = sc.offer_id), ''), ${seeker.text ?? ''}))::float8 AS text_similarity,
        (SELECT count(DISTINCT e.id) FROM exchanges e
          JOIN exchange_themes et ON et.exchange_id = e.id AND et.theme_id = ANY(${uuidArray(themeIds)})
          WHERE e.venue_place_id = sc.home_id
             OR EXISTS (SELECT 1 FROM exchange_delegations d WHERE d.exchange_id = e.id AND (d.from_place_id = sc.place_id OR d.from_organization_id = sc.organization_id))
             OR EXISTS (SELECT 1 FROM exchange_organizations eo WHERE eo.exchange_id = e.id AND eo.organization_id = sc.organization_id)
             -- An expert's past exchanges: took part in them or facilitated a session.
             OR EXISTS (SELECT 1 FROM exchange_registrations r WHERE r.exchange_id = e.id AND r.person_id = sc.person_id AND r.state IN ('registered', 'confirmed', 'attended'))
             OR EXISTS (SELECT 1 FROM agenda_sessions a WHERE a.exchange_id = e.id AND a.facilitator_person_id = sc.person_id)
        )::int AS experience,
        EXISTS (
          SELECT 1 FROM partnership_parties a JOIN partnership_parties b ON b.partnership_id = a.partnership_id AND b.id <> a.id
          WHERE a.place_id = ${seeker.home_id}::uuid AND b.place_id = sc.home_id
        ) AS existing_partnership,
        (SELECT near.id FROM partnership_parties a
          JOIN partnership_parties b ON b.partnership_id = a.partnership_id AND b.id <> a.id
          JOIN places near ON near.id = b.place_id
          WHERE a.place_id = sc.home_id AND near.id IS DISTINCT FROM ${seeker.home_id}::uuid
            AND (near.parent_id = ${seeker.region_id}::uuid OR near.id = ${seeker.region_id}::uuid)
          ORDER BY near.population DESC NULLS LAST LIMIT 1
        ) AS neighbour_partner_id
      FROM scored sc
    )
    SELECT sc.profile_id, sc.offer_id, sc.offer_closeness, sc.offer_theme_id, sc.expertise_closeness, sc.expertise_theme_id,
      g.text_similarity, ${seeker.population}::int AS seeker_population, sc.candidate_population, sc.same_region, sc.region_id, ${distance} AS distance_km,
      ARRAY(SELECT language FROM unnest(sc.languages) AS language WHERE language = ANY(${textArray(languages)}) ORDER BY 1) AS shared_languages,
      ${languages.length}::int AS seeker_language_count, g.experience, g.existing_partnership, g.neighbour_partner_id,
      greatest(0, sc.base_score + (g.text_similarity - sc.text_similarity) * ${weight(w.text)}
        + least(1, g.experience / 3.0) * ${weight(w.experience)}
        + CASE WHEN g.neighbour_partner_id IS NOT NULL AND NOT g.existing_partnership THEN ${weight(w.reachable)} ELSE 0 END
        - CASE WHEN g.existing_partnership THEN ${weight(w.existingPartnershipPenalty)} ELSE 0 END)::float8 AS score
    FROM scored sc JOIN graph g USING (profile_id)
    ORDER BY score DESC, sc.profile_id
    LIMIT ${query.limit}
  `);
  return result.rows as unknown as SuggestionRow[];
}
