-- Towns of the gazetteer (the reference workspace's places) that no record refers to are not
-- results of an ordinary search, and their names are not words typos are corrected to: with the
-- whole gazetteer loaded, "warm" would bring Warm Springs and "heating" become Healing. The
-- service shows them apart, as places, when the query names one.
--
-- Whether a record of any kind refers to the place.
CREATE OR REPLACE FUNCTION app_place_referenced(place uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT EXISTS (SELECT 1 FROM partnership_parties x WHERE x.place_id = place)
      OR EXISTS (SELECT 1 FROM document_links x WHERE x.place_id = place)
      OR EXISTS (SELECT 1 FROM organizations x WHERE x.seat_place_id = place)
      OR EXISTS (SELECT 1 FROM exchanges x WHERE x.venue_place_id = place)
      OR EXISTS (SELECT 1 FROM exchange_delegations x WHERE x.from_place_id = place)
      OR EXISTS (SELECT 1 FROM exchange_stops x WHERE x.place_id = place)
      OR EXISTS (SELECT 1 FROM network_members x WHERE x.place_id = place)
      OR EXISTS (SELECT 1 FROM networks x WHERE x.region_place_id = place)
      OR EXISTS (SELECT 1 FROM action_plan_sides x WHERE x.place_id = place)
      OR EXISTS (SELECT 1 FROM action_plans x WHERE x.area_place_id = place)
      OR EXISTS (SELECT 1 FROM projects x WHERE x.pilot_area_place_id = place)
      OR EXISTS (SELECT 1 FROM area_monitors x WHERE x.city_place_id = place)
      OR EXISTS (SELECT 1 FROM area_monitor_areas x WHERE x.place_id = place)
  $$;
--> statement-breakpoint
-- Whether an index row is a gazetteer place no record refers to.
CREATE OR REPLACE FUNCTION app_search_unreferenced_town(record_type text, workspace_id uuid, record_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT record_type = 'place' AND workspace_id = '00000000-0000-4000-a000-000000000001'::uuid AND NOT app_place_referenced(record_id)
  $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS network_members_place_lookup_idx ON network_members (place_id);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS action_plan_sides_place_idx ON action_plan_sides (place_id);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS networks_region_place_idx ON networks (region_place_id);
--> statement-breakpoint
-- As in 0010, without the gazetteer's unreferenced towns.
CREATE OR REPLACE FUNCTION app_search_matches(query tsquery, weights real[], normalization integer, cap integer,
    only_theme uuid, only_country text, only_year integer, only_language text)
  RETURNS TABLE (record_type text, record_id uuid, workspace_id uuid, visibility text, created_by uuid, language text, year integer,
                 countries text[], theme_ids uuid[], score double precision, in_head boolean, head_matches integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT c.record_type, c.record_id, c.workspace_id, c.visibility, c.created_by, c.language, c.year, c.countries, c.theme_ids,
      ts_rank(weights, c.tsv, query, normalization)::double precision, c.in_head, c.head_matches
    FROM (
      (SELECT h.* FROM (
         SELECT e.*, true AS in_head, (count(*) OVER ())::integer AS head_matches FROM (
           SELECT e.* FROM search_entries e
           WHERE e.head @@ coalesce(query && app_search_filter_query(only_theme, only_country, only_year, only_language), query)
             AND NOT app_search_unreferenced_town(e.record_type, e.workspace_id, e.record_id)
             AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
               OR e.visibility = 'public'
               OR (e.workspace_id = ANY (app_viewer_workspaces())
                 AND (e.visibility = 'workspace' OR e.created_by = app_current_user_id() OR e.workspace_id = ANY (app_viewer_curated_workspaces()))))
           LIMIT cap * 25) e
       ) h
       ORDER BY ts_rank(weights, h.head, query, normalization) DESC LIMIT cap)
      UNION ALL
      (SELECT e.*, false, NULL::integer FROM search_entries e
       WHERE e.tsv @@ coalesce(query && app_search_filter_query(only_theme, only_country, only_year, only_language), query) AND NOT (e.head @@ query)
         AND NOT app_search_unreferenced_town(e.record_type, e.workspace_id, e.record_id)
         AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
           OR e.visibility = 'public'
           OR (e.workspace_id = ANY (app_viewer_workspaces())
             AND (e.visibility = 'workspace' OR e.created_by = app_current_user_id() OR e.workspace_id = ANY (app_viewer_curated_workspaces()))))
       LIMIT cap)
    ) c
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_any(query tsquery) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM search_entries e
      WHERE e.tsv @@ query
        AND NOT app_search_unreferenced_town(e.record_type, e.workspace_id, e.record_id)
        AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
          OR e.visibility = 'public'
          OR (e.workspace_id = ANY (app_viewer_workspaces())
            AND (e.visibility = 'workspace' OR e.created_by = app_current_user_id() OR e.workspace_id = ANY (app_viewer_curated_workspaces())))))
  $$;
--> statement-breakpoint
-- As in 0010, but the words of the reference workspace's places do not join the word list of
-- typo tolerance: a town a record refers to gives its names through that record's row.
CREATE OR REPLACE FUNCTION app_search_refresh(target text, ids uuid[]) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    ids := ARRAY(SELECT DISTINCT id FROM unnest(ids) AS id WHERE id IS NOT NULL);
    IF cardinality(ids) = 0 THEN RETURN; END IF;
    DELETE FROM search_entries WHERE record_type = target AND record_id = ANY (ids);
    EXECUTE format(
      'INSERT INTO search_entries (record_type, record_id, workspace_id, visibility, created_by, title, kind, language, year, countries, theme_ids, summary, tsv) '
      'SELECT %L, r.record_id, r.workspace_id, r.visibility, r.created_by, r.title, r.kind, r.language, r.year, r.countries, r.theme_ids, r.summary, '
      'r.tsv || app_search_filter_words(r.year, r.countries, r.theme_ids, r.language) FROM app_search_rows_%s($1) r', target, target) USING ids;
    INSERT INTO search_terms (term, scope)
    SELECT DISTINCT t.term, CASE WHEN e.visibility = 'public' THEN 'public' ELSE e.workspace_id::text END
    FROM search_entries e, unnest(tsvector_to_array(e.tsv)) AS t(term)
    WHERE e.record_type = target AND e.record_id = ANY (ids) AND e.visibility <> 'private'
      AND NOT (e.record_type = 'place' AND e.workspace_id = '00000000-0000-4000-a000-000000000001'::uuid)
      AND length(t.term) BETWEEN 4 AND 40 AND t.term !~ '[0-9_]'
    ON CONFLICT DO NOTHING;
  END
  $$;
--> statement-breakpoint
-- The word list again, without the gazetteer's words.
TRUNCATE search_terms;
--> statement-breakpoint
INSERT INTO search_terms (term, scope)
SELECT DISTINCT t.term, CASE WHEN e.visibility = 'public' THEN 'public' ELSE e.workspace_id::text END
FROM search_entries e, unnest(tsvector_to_array(e.tsv)) AS t(term)
WHERE e.visibility <> 'private'
  AND NOT (e.record_type = 'place' AND e.workspace_id = '00000000-0000-4000-a000-000000000001'::uuid)
  AND length(t.term) BETWEEN 4 AND 40 AND t.term !~ '[0-9_]'
ON CONFLICT DO NOTHING;
