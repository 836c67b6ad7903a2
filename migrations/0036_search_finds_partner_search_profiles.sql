-- Partner search profiles (matching_profiles) are found by the search: a user looking for
-- "Fernwärme" or "district heating" expects the town that needs or offers help with it. The row is
-- titled with the name of who the profile describes (town, organisation or expert); its needs and
-- offers are its headlines (B, searched like names), its summary running text (C), its themes D.
-- Access is the profile's own (its workspace, visibility and creator).
-- tsvector has no aggregate of its own.
CREATE OR REPLACE AGGREGATE app_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_rows_matching_profile(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT m.id, m.workspace_id, m.visibility, m.created_by,
      CASE
        WHEN pl.id IS NOT NULL THEN jsonb_build_object('und', pl.name) || pl.names
        WHEN o.id IS NOT NULL THEN jsonb_build_object('und', o.name) || o.names
        ELSE jsonb_build_object('und', concat_ws(' ', pe.honorific, pe.given_name, pe.family_name))
      END,
      CASE WHEN m.place_id IS NOT NULL THEN 'municipality' WHEN m.organization_id IS NOT NULL THEN 'organization' ELSE 'expert' END,
      NULL::text, NULL::integer,
      app_country_codes(ARRAY[m.place_id], ARRAY[m.organization_id]),
      themes.list,
      left(coalesce(nullif(app_texts(m.summary), ''), items.descriptions), 300),
      app_search_names(concat_ws(' ', pl.name, app_texts(pl.names), array_to_string(pl.aliases, ' '), o.name, o.short_name, app_texts(o.names),
          pe.given_name, pe.family_name), 'A')
        || items.tsv
        || app_search_localized(m.summary, 'C')
        || app_theme_names(themes.list)
    FROM matching_profiles m
    LEFT JOIN places pl ON pl.id = m.place_id
    LEFT JOIN organizations o ON o.id = m.organization_id
    LEFT JOIN people pe ON pe.id = m.person_id
    CROSS JOIN LATERAL (
      SELECT coalesce(words, ''::tsvector) AS tsv, coalesce(descriptions, '') AS descriptions FROM (
        SELECT app_tsvector_agg(app_search_localized(i.description, 'B')) AS words, string_agg(app_texts(i.description), ' · ') AS descriptions
        FROM matching_items i WHERE i.profile_id = m.id
      ) agg
    ) items
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(DISTINCT t.theme_id), '{}') AS list FROM (
        SELECT theme_id FROM matching_profile_themes WHERE profile_id = m.id
        UNION SELECT theme_id FROM matching_items WHERE profile_id = m.id
      ) t
    ) themes
    WHERE m.id = ANY (ids) AND (pe.id IS NULL OR pe.erased_at IS NULL)
  $$;
--> statement-breakpoint
SELECT app_search_track_table('matching_profiles', 'matching_profile', 'id');
--> statement-breakpoint
SELECT app_search_track_table('matching_items', 'matching_profile', 'profile_id');
--> statement-breakpoint
SELECT app_search_track_table('matching_profile_themes', 'matching_profile', 'profile_id');
--> statement-breakpoint
SELECT app_search_refresh('matching_profile', ARRAY(SELECT id FROM matching_profiles));
--> statement-breakpoint
-- A town with a partner search profile is one a record refers to: found among the results, not apart.
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
      OR EXISTS (SELECT 1 FROM matching_profiles x WHERE x.place_id = place)
  $$;
--> statement-breakpoint
ALTER FUNCTION app_place_referenced(uuid) SET enable_seqscan = off;
