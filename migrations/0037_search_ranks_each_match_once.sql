-- The viewer's workspaces are looked up once per statement, not once per row: a function call in
-- the read rule is evaluated for every match that is not public, and each call queries the
-- memberships. The search functions below read them once and pass them to this test, which the
-- planner inlines. Likewise, whether a match is a town no record refers to is written out in them
-- (as app_search_unreferenced_town of 0014 says it): a call of that function per match costs more
-- than the test, which for anything but a gazetteer town is decided without a lookup.
CREATE OR REPLACE FUNCTION app_search_visible(workspace_id uuid, visibility text, created_by uuid, viewer uuid, viewer_workspaces uuid[], curated_workspaces uuid[])
  RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT visibility = 'public'
      OR (workspace_id = ANY (viewer_workspaces)
        AND (visibility = 'workspace' OR created_by = viewer OR workspace_id = ANY (curated_workspaces)))
  $$;
--> statement-breakpoint
-- As in 0022 (the matches of one query: the best `cap` in titles and names, ranked on those, and
-- the best `cap` in running text when fewer titles match, else `cap` as they come), with the
-- viewer's workspaces looked up once.
CREATE OR REPLACE FUNCTION app_search_matches(query tsquery, weights real[], normalization integer, cap integer,
    only_theme uuid, only_country text, only_year integer, only_language text)
  RETURNS TABLE (record_type text, record_id uuid, workspace_id uuid, visibility text, created_by uuid, language text, year integer,
                 countries text[], theme_ids uuid[], score double precision, in_head boolean, head_matches integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    WITH viewer AS MATERIALIZED (
      SELECT current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app' AS unrestricted,
        app_current_user_id() AS id, app_viewer_workspaces() AS workspaces, app_viewer_curated_workspaces() AS curated
    ),
    head AS MATERIALIZED (
      SELECT e.record_type, e.record_id, e.workspace_id, e.visibility, e.created_by, e.language, e.year, e.countries, e.theme_ids, e.tsv,
        (count(*) OVER ())::integer AS head_matches
      FROM search_entries e, viewer v
      WHERE e.head @@ coalesce(query && app_search_filter_query(only_theme, only_country, only_year, only_language), query)
        AND NOT (e.record_type = 'place' AND e.workspace_id = '00000000-0000-4000-a000-000000000001'::uuid AND NOT app_place_referenced(e.record_id))
        AND (v.unrestricted OR app_search_visible(e.workspace_id, e.visibility, e.created_by, v.id, v.workspaces, v.curated))
      ORDER BY ts_rank(weights, e.head, query, normalization) DESC
      LIMIT cap
    ),
    body AS NOT MATERIALIZED (
      SELECT e.record_type, e.record_id, e.workspace_id, e.visibility, e.created_by, e.language, e.year, e.countries, e.theme_ids, e.tsv
      FROM search_entries e, viewer v
      WHERE e.tsv @@ coalesce(query && app_search_filter_query(only_theme, only_country, only_year, only_language), query) AND NOT (e.head @@ query)
        AND NOT (e.record_type = 'place' AND e.workspace_id = '00000000-0000-4000-a000-000000000001'::uuid AND NOT app_place_referenced(e.record_id))
        AND (v.unrestricted OR app_search_visible(e.workspace_id, e.visibility, e.created_by, v.id, v.workspaces, v.curated))
    )
    SELECT c.record_type, c.record_id, c.workspace_id, c.visibility, c.created_by, c.language, c.year, c.countries, c.theme_ids,
      ts_rank(weights, c.tsv, query, normalization)::double precision, c.in_head, c.head_matches
    FROM (
      SELECT h.record_type, h.record_id, h.workspace_id, h.visibility, h.created_by, h.language, h.year, h.countries, h.theme_ids, h.tsv,
        true AS in_head, h.head_matches
      FROM head h
      UNION ALL
      (SELECT b.*, false, NULL::integer FROM body b
       WHERE (SELECT count(*) FROM head) < cap
       ORDER BY ts_rank(weights, b.tsv, query, normalization) DESC
       LIMIT cap)
      UNION ALL
      (SELECT b.*, false, NULL::integer FROM body b
       WHERE (SELECT count(*) FROM head) >= cap
       LIMIT cap)
    ) c
  $$;
--> statement-breakpoint
-- The matches of a query with expansions (`query`: with the compounds a word is part of and the
-- other languages' terms) and of the words themselves (`literal`, a part of it), as the two calls
-- of app_search_matches gave them, in one pass over titles and one over the running text:
-- - titles and names: the best `cap` by their rank against the words themselves, and the best
--   `cap` against the whole query;
-- - running text (matches whose title does not match, where fewer than `cap` titles do): the best
--   `cap` with the words themselves, by the better of their two ranks, and the best `cap` of the
--   rest by their rank against the whole query. Each match's words are read (and decompressed)
--   once, then tested and ranked: that reading is most of the cost, as in a bare lookup.
-- The score of a candidate is the better of its two ranks.
CREATE OR REPLACE FUNCTION app_search_candidates(query tsquery, literal tsquery, weights real[], normalization integer, cap integer,
    only_theme uuid, only_country text, only_year integer, only_language text)
  RETURNS TABLE (record_type text, record_id uuid, workspace_id uuid, visibility text, created_by uuid, language text, year integer,
                 countries text[], theme_ids uuid[], score double precision, in_head boolean, head_matches integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    WITH viewer AS MATERIALIZED (
      SELECT current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app' AS unrestricted,
        app_current_user_id() AS id, app_viewer_workspaces() AS workspaces, app_viewer_curated_workspaces() AS curated
    ),
    -- Either query, with the filters (words of their own in titles and text).
    wanted AS MATERIALIZED (
      SELECT coalesce((query || literal) && f, query || literal) AS words
      FROM (SELECT app_search_filter_query(only_theme, only_country, only_year, only_language) AS f) x
    ),
    titles AS MATERIALIZED (
      SELECT e.record_type, e.record_id, e.head @@ literal AS has_literal,
        ts_rank(weights, e.head, literal, normalization) AS literal_rank, ts_rank(weights, e.head, query, normalization) AS query_rank
      FROM search_entries e, viewer v
      WHERE e.head @@ (SELECT w.words FROM wanted w)
        AND NOT (e.record_type = 'place' AND e.workspace_id = '00000000-0000-4000-a000-000000000001'::uuid AND NOT app_place_referenced(e.record_id))
        AND (v.unrestricted OR app_search_visible(e.workspace_id, e.visibility, e.created_by, v.id, v.workspaces, v.curated))
    ),
    head_literal AS MATERIALIZED (
      SELECT t.record_type, t.record_id, (count(*) OVER ())::integer AS head_matches
      FROM titles t WHERE t.has_literal ORDER BY t.literal_rank DESC LIMIT cap
    ),
    head_query AS MATERIALIZED (
      SELECT t.record_type, t.record_id, (count(*) OVER ())::integer AS head_matches
      FROM titles t ORDER BY t.query_rank DESC LIMIT cap
    ),
    -- Running text is ranked where fewer than `cap` titles match; otherwise `cap` are taken as they come.
    text_ranked AS MATERIALIZED (
      SELECT (SELECT count(*) FROM head_literal) < cap AS rank_literal, (SELECT count(*) FROM head_query) < cap AS rank_query
    ),
    body AS MATERIALIZED (
      SELECT m.record_type, m.record_id, m.has_literal,
        CASE WHEN m.has_literal AND o.rank_literal THEN greatest(ts_rank(weights, m.tsv, literal, normalization), ts_rank(weights, m.tsv, query, normalization))
          WHEN NOT m.has_literal AND o.rank_query THEN ts_rank(weights, m.tsv, query, normalization) ELSE 0 END AS rank
      FROM (
        SELECT d.record_type, d.record_id, d.tsv, d.tsv @@ literal AS has_literal
        FROM (
          SELECT e.record_type, e.record_id, (ARRAY[e.tsv])[1] AS tsv
          FROM search_entries e, viewer v
          WHERE (SELECT o.rank_literal OR o.rank_query FROM text_ranked o)
            AND e.tsv @@ (SELECT w.words FROM wanted w)
            AND NOT (e.record_type = 'place' AND e.workspace_id = '00000000-0000-4000-a000-000000000001'::uuid AND NOT app_place_referenced(e.record_id))
            AND (v.unrestricted OR app_search_visible(e.workspace_id, e.visibility, e.created_by, v.id, v.workspaces, v.curated))
          OFFSET 0
        ) d
        OFFSET 0
      ) m
      CROSS JOIN text_ranked o
      -- Not a match in the title: of the words themselves, or, for the rest, of the query.
      WHERE NOT EXISTS (SELECT 1 FROM titles t WHERE t.record_type = m.record_type AND t.record_id = m.record_id AND (t.has_literal OR NOT m.has_literal))
    ),
    -- When many titles match either way, the text of `cap` matches as they come, for the counts.
    unranked AS (
      SELECT e.record_type, e.record_id
      FROM search_entries e, viewer v
      WHERE NOT (SELECT o.rank_literal OR o.rank_query FROM text_ranked o)
        AND e.tsv @@ (SELECT w.words FROM wanted w) AND NOT (e.head @@ query)
        AND NOT (e.record_type = 'place' AND e.workspace_id = '00000000-0000-4000-a000-000000000001'::uuid AND NOT app_place_referenced(e.record_id))
        AND (v.unrestricted OR app_search_visible(e.workspace_id, e.visibility, e.created_by, v.id, v.workspaces, v.curated))
      LIMIT cap
    ),
    picked AS (
      SELECT h.record_type, h.record_id, true AS in_head, h.head_matches FROM head_literal h
      UNION ALL
      SELECT h.record_type, h.record_id, true, h.head_matches FROM head_query h
      UNION ALL
      (SELECT b.record_type, b.record_id, false, NULL::integer FROM body b WHERE b.has_literal ORDER BY b.rank DESC LIMIT cap)
      UNION ALL
      (SELECT b.record_type, b.record_id, false, NULL::integer FROM body b WHERE NOT b.has_literal ORDER BY b.rank DESC LIMIT cap)
      UNION ALL
      SELECT u.record_type, u.record_id, false, NULL::integer FROM unranked u
    )
    SELECT e.record_type, e.record_id, e.workspace_id, e.visibility, e.created_by, e.language, e.year, e.countries, e.theme_ids,
      greatest(ts_rank(weights, e.tsv, query, normalization), CASE WHEN e.tsv @@ literal THEN ts_rank(weights, e.tsv, literal, normalization) END)::double precision,
      p.in_head, p.head_matches
    FROM (SELECT x.record_type, x.record_id, bool_or(x.in_head) AS in_head, max(x.head_matches)::integer AS head_matches FROM picked x GROUP BY x.record_type, x.record_id) p
    JOIN search_entries e ON e.record_type = p.record_type AND e.record_id = p.record_id
  $$;
