-- As in 0037, with the cuts of the candidates made so that what the ranking would put first is
-- among them: titles with a compound or another language's term only ("Gemeinschaftsschule" for
-- "Schule") have `cap` places of their own beside the `cap` best titles with the words themselves,
-- instead of competing with those for the same places; and at each cut records other than
-- documents go first (a word in the title of hundreds of documents no longer cuts the
-- partnership named by it). The ranking of the candidates is unchanged.
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
      FROM titles t WHERE t.has_literal ORDER BY t.record_type <> 'document' DESC, t.literal_rank DESC LIMIT cap
    ),
    -- The titles with a compound or another language's term only, in places of their own: hundreds
    -- of titles with the word itself never crowd out "Gemeinschaftsschule" for "Schule". Records
    -- (partnerships, exchanges, organisations, projects…) are taken before documents at each cut.
    head_query AS MATERIALIZED (
      SELECT t.record_type, t.record_id, t.head_matches
      FROM (SELECT t.*, (count(*) OVER ())::integer AS head_matches FROM titles t) t
      WHERE NOT t.has_literal ORDER BY t.record_type <> 'document' DESC, t.query_rank DESC LIMIT cap
    ),
    -- Running text is ranked where fewer than `cap` titles match; otherwise `cap` are taken as they come.
    text_ranked AS MATERIALIZED (
      SELECT (SELECT count(*) FROM head_literal) < cap AS rank_literal, (SELECT count(*) FROM titles) < cap AS rank_query
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
      (SELECT b.record_type, b.record_id, false, NULL::integer FROM body b WHERE b.has_literal ORDER BY b.rank DESC, b.record_type <> 'document' DESC LIMIT cap)
      UNION ALL
      (SELECT b.record_type, b.record_id, false, NULL::integer FROM body b WHERE NOT b.has_literal ORDER BY b.rank DESC, b.record_type <> 'document' DESC LIMIT cap)
      UNION ALL
      SELECT u.record_type, u.record_id, false, NULL::integer FROM unranked u
    )
    SELECT e.record_type, e.record_id, e.workspace_id, e.visibility, e.created_by, e.language, e.year, e.countries, e.theme_ids,
      greatest(ts_rank(weights, e.tsv, query, normalization), CASE WHEN e.tsv @@ literal THEN ts_rank(weights, e.tsv, literal, normalization) END)::double precision,
      p.in_head, p.head_matches
    FROM (SELECT x.record_type, x.record_id, bool_or(x.in_head) AS in_head, max(x.head_matches)::integer AS head_matches FROM picked x GROUP BY x.record_type, x.record_id) p
    JOIN search_entries e ON e.record_type = p.record_type AND e.record_id = p.record_id
  $$;
