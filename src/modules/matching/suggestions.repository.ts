import { sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../workspaces/record-visibility.js';
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

/**
 * Ranks the profiles the viewer may see as partners for a profile's needs (or one of them) in one
 * statement: complementary offers and expertise by theme (the theme itself 1, its parent,
 * children and siblings 0.6), full-text and trigram similarity of the descriptions, size band,
 * region, shared languages; the shortlist then gets the exchanges on the theme and the ties in
 * the partnership graph. Row-level security applies to every table read.
 */
export async function rankSuggestions(db: DbExecutor, viewer: Viewer, profileId: string, query: SuggestionQuery): Promise<SuggestionRow[]> {
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
  const filter = filters.length > 0 ? sql.join(filters, sql` AND `) : sql`true`;
  const needFilter = query.needId ? sql`AND i.id = ${query.needId}` : sql``;

  const result = await db.execute(sql`
    WITH visible_profiles AS (
      SELECT * FROM matching_profiles WHERE ${visibleTo(viewer, matchingProfiles)}
    ),
    seeker AS (
      SELECT p.id, p.place_id, p.organization_id, p.person_id, p.languages,
             coalesce(p.population, pl.population) AS population,
             pl.id AS home_id, pl.parent_id AS region_id, pl.latitude, pl.longitude
      FROM matching_profiles p
      LEFT JOIN organizations o ON o.id = p.organization_id
      LEFT JOIN places pl ON pl.id = coalesce(p.place_id, o.seat_place_id)
      WHERE p.id = ${profileId}
    ),
    wanted AS (
      SELECT i.theme_id, i.search_vector, i.plain_text FROM matching_items i
      WHERE i.profile_id = ${profileId} AND i.direction = 'need' ${needFilter}
    ),
    wanted_themes AS (
      SELECT theme_id FROM wanted
      UNION SELECT pt.theme_id FROM matching_profile_themes pt WHERE pt.profile_id = ${profileId} AND ${query.needId ?? null}::uuid IS NULL
    ),
    related_themes AS (
      SELECT t.id AS theme_id, max(CASE WHEN t.id = wt.theme_id THEN 1.0 ELSE 0.6 END) AS closeness
      FROM wanted_themes wt
      JOIN themes own ON own.id = wt.theme_id
      JOIN themes t ON t.id = own.id OR t.parent_id = own.id OR t.id = own.parent_id OR (own.parent_id IS NOT NULL AND t.parent_id = own.parent_id)
      GROUP BY t.id
    ),
    terms AS (
      SELECT to_tsquery('simple', string_agg(DISTINCT lexeme, ' | ')) AS query, (SELECT string_agg(plain_text, ' ') FROM wanted) AS text
      FROM wanted, unnest(tsvector_to_array(wanted.search_vector)) AS lexeme
      WHERE lexeme ~ '^[[:alnum:]]{3,}$'
    ),
    offer_signals AS (
      SELECT o.profile_id, o.id AS offer_id, o.theme_id, o.plain_text,
             coalesce(rt.closeness, 0) AS closeness,
             least(1, ts_rank(o.search_vector, terms.query) * 5) AS text_rank
      FROM matching_items o
      CROSS JOIN terms
      LEFT JOIN related_themes rt ON rt.theme_id = o.theme_id
      WHERE o.direction = 'offer' AND o.profile_id <> ${profileId}
        AND (rt.theme_id IS NOT NULL OR o.search_vector @@ terms.query)
    ),
    offer_hits AS (
      SELECT DISTINCT ON (profile_id) profile_id, offer_id, theme_id, plain_text, closeness, text_rank AS text_similarity
      FROM offer_signals
      ORDER BY profile_id, closeness * ${weight(w.offerTheme)} + text_rank * ${weight(w.text)} DESC
    ),
    expertise AS (
      SELECT DISTINCT ON (pt.profile_id) pt.profile_id, pt.theme_id, rt.closeness
      FROM matching_profile_themes pt JOIN related_themes rt ON rt.theme_id = pt.theme_id
      WHERE pt.profile_id <> ${profileId}
      ORDER BY pt.profile_id, rt.closeness DESC
    ),
    candidates AS (
      SELECT c.id AS profile_id, c.place_id, c.organization_id, c.person_id,
             oh.offer_id, coalesce(oh.closeness, 0)::float8 AS offer_closeness, oh.theme_id AS offer_theme_id,
             coalesce(ex.closeness, 0)::float8 AS expertise_closeness, ex.theme_id AS expertise_theme_id,
             coalesce(oh.text_similarity, 0)::float8 AS text_similarity, oh.plain_text AS offer_text,
             s.population AS seeker_population,
             coalesce(c.population, cpl.population) AS candidate_population,
             coalesce(cpl.parent_id = s.region_id, false) AS same_region,
             cpl.parent_id AS region_id,
             CASE WHEN s.latitude IS NOT NULL AND cpl.latitude IS NOT NULL THEN
               round(6371 * 2 * asin(sqrt(power(sin(radians(cpl.latitude - s.latitude) / 2), 2)
                 + cos(radians(s.latitude)) * cos(radians(cpl.latitude)) * power(sin(radians(cpl.longitude - s.longitude) / 2), 2))))::int
             END AS distance_km,
             ARRAY(SELECT unnest(c.languages) INTERSECT SELECT unnest(s.languages) ORDER BY 1) AS shared_languages,
             cardinality(s.languages) AS seeker_language_count,
             cpl.id AS home_id, s.home_id AS seeker_home_id, s.region_id AS seeker_region_id
      FROM visible_profiles c
      CROSS JOIN seeker s
      LEFT JOIN offer_hits oh ON oh.profile_id = c.id
      LEFT JOIN expertise ex ON ex.profile_id = c.id
      LEFT JOIN organizations co ON co.id = c.organization_id
      LEFT JOIN places cpl ON cpl.id = coalesce(c.place_id, co.seat_place_id)
      WHERE c.id <> s.id AND (oh.profile_id IS NOT NULL OR ex.profile_id IS NOT NULL)
        AND NOT coalesce(c.place_id = s.place_id OR c.organization_id = s.organization_id OR c.person_id = s.person_id, false)
        AND ${filter}
    ),
    scored AS (
      SELECT *,
        offer_closeness * ${weight(w.offerTheme)} + expertise_closeness * ${weight(w.expertiseTheme)} + text_similarity * ${weight(w.text)}
        + CASE WHEN seeker_population > 0 AND candidate_population > 0
            THEN least(seeker_population, candidate_population)::float8 / greatest(seeker_population, candidate_population) * ${weight(w.size)} ELSE 0 END
        + CASE WHEN same_region THEN ${weight(w.region)} ELSE 0 END
        + CASE WHEN seeker_language_count > 0 THEN cardinality(shared_languages)::float8 / seeker_language_count * ${weight(w.languages)} ELSE 0 END
        AS base_score
      FROM candidates
      ORDER BY base_score DESC, profile_id
      LIMIT ${sql.raw(String(SHORTLIST))}
    ),
    graph AS (
      SELECT sc.profile_id,
        -- Trigram likeness is dear per row: only the shortlist's best offers are compared.
        greatest(sc.text_similarity, similarity(coalesce(sc.offer_text, ''), coalesce((SELECT text FROM terms), '')))::float8 AS text_similarity,
        (SELECT count(DISTINCT e.id) FROM exchanges e
          JOIN exchange_themes et ON et.exchange_id = e.id AND et.theme_id IN (SELECT theme_id FROM related_themes)
          WHERE e.venue_place_id = sc.home_id
             OR EXISTS (SELECT 1 FROM exchange_delegations d WHERE d.exchange_id = e.id AND (d.from_place_id = sc.place_id OR d.from_organization_id = sc.organization_id))
             OR EXISTS (SELECT 1 FROM exchange_organizations eo WHERE eo.exchange_id = e.id AND eo.organization_id = sc.organization_id)
             -- An expert's past exchanges: took part in them or facilitated a session.
             OR EXISTS (SELECT 1 FROM exchange_registrations r WHERE r.exchange_id = e.id AND r.person_id = sc.person_id AND r.state IN ('registered', 'confirmed', 'attended'))
             OR EXISTS (SELECT 1 FROM agenda_sessions a WHERE a.exchange_id = e.id AND a.facilitator_person_id = sc.person_id)
        )::int AS experience,
        EXISTS (
          SELECT 1 FROM partnership_parties a JOIN partnership_parties b ON b.partnership_id = a.partnership_id AND b.id <> a.id
          WHERE a.place_id = sc.seeker_home_id AND b.place_id = sc.home_id
        ) AS existing_partnership,
        (SELECT near.id FROM partnership_parties a
          JOIN partnership_parties b ON b.partnership_id = a.partnership_id AND b.id <> a.id
          JOIN places near ON near.id = b.place_id
          WHERE a.place_id = sc.home_id AND near.id <> sc.seeker_home_id
            AND (near.parent_id = sc.seeker_region_id OR near.id = sc.seeker_region_id)
          ORDER BY near.population DESC NULLS LAST LIMIT 1
        ) AS neighbour_partner_id
      FROM scored sc
    )
    SELECT sc.profile_id, sc.offer_id, sc.offer_closeness, sc.offer_theme_id, sc.expertise_closeness, sc.expertise_theme_id,
      g.text_similarity, sc.seeker_population, sc.candidate_population, sc.same_region, sc.region_id, sc.distance_km,
      sc.shared_languages, sc.seeker_language_count, g.experience, g.existing_partnership, g.neighbour_partner_id,
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
