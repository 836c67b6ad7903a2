-- Whether a record refers to a place: each test is a lookup in an index on the place column. A
-- function's plan is made once for any place, from the average number of references per place; when
-- a few towns have most references (a city's documents link to the city), that average is high and
-- the plan scans the table instead, which reads all of it for a town nothing refers to. A search
-- for a word many gazetteer towns carry ("Southern", "Union") tested hundreds of towns that way.
ALTER FUNCTION app_place_referenced(uuid) SET enable_seqscan = off;
--> statement-breakpoint
-- As in 0014, but the candidates among the matches in titles and names are the best by rank of all
-- of them, not the first in storage order: with a common word (tens of thousands of matches) the
-- records sought were never among those looked at. Titles and names are short, so ranking every one
-- costs about what finding them does. Matches in running text only are ranked as well when fewer
-- than `cap` titles match, the only case in which they can reach the first pages; otherwise `cap` of
-- them are taken as they come, for the estimate of the total and facets.
CREATE OR REPLACE FUNCTION app_search_matches(query tsquery, weights real[], normalization integer, cap integer,
    only_theme uuid, only_country text, only_year integer, only_language text)
  RETURNS TABLE (record_type text, record_id uuid, workspace_id uuid, visibility text, created_by uuid, language text, year integer,
                 countries text[], theme_ids uuid[], score double precision, in_head boolean, head_matches integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    WITH head AS MATERIALIZED (
      SELECT e.record_type, e.record_id, e.workspace_id, e.visibility, e.created_by, e.language, e.year, e.countries, e.theme_ids, e.tsv,
        (count(*) OVER ())::integer AS head_matches
      FROM search_entries e
      WHERE e.head @@ coalesce(query && app_search_filter_query(only_theme, only_country, only_year, only_language), query)
        AND NOT app_search_unreferenced_town(e.record_type, e.workspace_id, e.record_id)
        AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
          OR e.visibility = 'public'
          OR (e.workspace_id = ANY (app_viewer_workspaces())
            AND (e.visibility = 'workspace' OR e.created_by = app_current_user_id() OR e.workspace_id = ANY (app_viewer_curated_workspaces()))))
      ORDER BY ts_rank(weights, e.head, query, normalization) DESC
      LIMIT cap
    ),
    body AS NOT MATERIALIZED (
      SELECT e.record_type, e.record_id, e.workspace_id, e.visibility, e.created_by, e.language, e.year, e.countries, e.theme_ids, e.tsv
      FROM search_entries e
      WHERE e.tsv @@ coalesce(query && app_search_filter_query(only_theme, only_country, only_year, only_language), query) AND NOT (e.head @@ query)
        AND NOT app_search_unreferenced_town(e.record_type, e.workspace_id, e.record_id)
        AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
          OR e.visibility = 'public'
          OR (e.workspace_id = ANY (app_viewer_workspaces())
            AND (e.visibility = 'workspace' OR e.created_by = app_current_user_id() OR e.workspace_id = ANY (app_viewer_curated_workspaces()))))
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
-- As in 0014, but records other than the gazetteer's towns are looked at first: a word that a
-- thousand towns and one document carry is found at once, without asking of each town whether a
-- record refers to it.
CREATE OR REPLACE FUNCTION app_search_any(query tsquery) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM search_entries e
      WHERE e.tsv @@ query
        AND NOT (e.record_type = 'place' AND e.workspace_id = '00000000-0000-4000-a000-000000000001'::uuid)
        AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
          OR e.visibility = 'public'
          OR (e.workspace_id = ANY (app_viewer_workspaces())
            AND (e.visibility = 'workspace' OR e.created_by = app_current_user_id() OR e.workspace_id = ANY (app_viewer_curated_workspaces())))))
    OR EXISTS (
      SELECT 1 FROM search_entries e
      WHERE e.tsv @@ query
        AND e.record_type = 'place' AND e.workspace_id = '00000000-0000-4000-a000-000000000001'::uuid
        AND app_place_referenced(e.record_id)
        AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
          OR e.visibility = 'public'
          OR (e.workspace_id = ANY (app_viewer_workspaces())
            AND (e.visibility = 'workspace' OR e.created_by = app_current_user_id() OR e.workspace_id = ANY (app_viewer_curated_workspaces())))))
  $$;
