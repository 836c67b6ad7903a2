-- The built-in workspace of shared reference data: imported countries and municipalities
-- (the gazetteer) and the theme taxonomy. Its records are public.
INSERT INTO workspaces (id, slug, name) VALUES ('00000000-0000-4000-a000-000000000001', 'reference', 'Stadtdialog reference data')
ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
SELECT app_secure_scoped_table('themes');
--> statement-breakpoint
SELECT app_secure_scoped_table('people');
--> statement-breakpoint
SELECT app_secure_child_table('organization_themes', 'organizations', 'organization_id');
--> statement-breakpoint
SELECT app_secure_child_table('affiliations', 'people', 'person_id');
--> statement-breakpoint
SELECT app_secure_child_table('person_themes', 'people', 'person_id');
--> statement-breakpoint
-- Place names carry a copy of their place's visibility, so autocomplete filters without a join;
-- writing them needs the right to edit the place.
ALTER TABLE place_names ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY place_names_read ON place_names FOR SELECT USING (app_can_read(workspace_id, visibility, created_by));
--> statement-breakpoint
CREATE POLICY place_names_insert ON place_names FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM places p WHERE p.id = place_id AND app_can_edit(p.workspace_id, p.created_by)));
--> statement-breakpoint
CREATE POLICY place_names_update ON place_names FOR UPDATE
  USING (EXISTS (SELECT 1 FROM places p WHERE p.id = place_id AND app_can_edit(p.workspace_id, p.created_by)));
--> statement-breakpoint
CREATE POLICY place_names_delete ON place_names FOR DELETE
  USING (EXISTS (SELECT 1 FROM places p WHERE p.id = place_id AND app_can_edit(p.workspace_id, p.created_by)));
--> statement-breakpoint
-- Merging duplicates. The single-column foreign keys pointing at a table, read from the catalog
-- so that tables added later are covered without changing this code.
CREATE OR REPLACE FUNCTION app_referencing_columns(referenced regclass)
  RETURNS TABLE (referencing regclass, column_name text)
  LANGUAGE sql STABLE
  AS $$
    SELECT c.conrelid::regclass, a.attname::text
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.confrelid = referenced AND cardinality(c.conkey) = 1
    ORDER BY c.conrelid::regclass::text, a.attname
  $$;
--> statement-breakpoint
-- In an application transaction (role stadtdialog_app) the viewer must be allowed to edit the
-- record that disappears and to read the one that stays. Maintenance commands are not checked.
CREATE OR REPLACE FUNCTION app_require_merge_rights(referenced regclass, from_id uuid, to_id uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE allowed boolean;
  BEGIN
    IF current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app' THEN RETURN; END IF;
    EXECUTE format(
      'SELECT (SELECT app_can_edit(workspace_id, created_by) FROM %1$s WHERE id = $1) AND (SELECT app_can_read(workspace_id, visibility, created_by) FROM %1$s WHERE id = $2)',
      referenced) INTO allowed USING from_id, to_id;
    IF NOT coalesce(allowed, false) THEN
      RAISE EXCEPTION 'merging % into % is not allowed', from_id, to_id USING ERRCODE = '42501';
    END IF;
  END
  $$;
--> statement-breakpoint
-- Merges record from_id into to_id: every row referring to from_id is re-pointed to to_id, except in
-- the excluded tables (data derived from the record itself, deleted with it). A row that would then
-- duplicate one of to_id under a unique index is removed instead. The record is deleted. Returns
-- the record as it was and exactly what changed, which app_undo_merge() reverses.
CREATE OR REPLACE FUNCTION app_merge(referenced regclass, from_id uuid, to_id uuid, excluded regclass[] DEFAULT '{}')
  RETURNS jsonb
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    ref record;
    other_columns text[];
    record_before jsonb;
    pk_json text;
    collision text;
    removed jsonb;
    removed_now jsonb;
    repointed jsonb;
    changes jsonb := '[]'::jsonb;
  BEGIN
    IF from_id = to_id THEN RAISE EXCEPTION 'a record cannot be merged into itself' USING ERRCODE = '22023'; END IF;
    PERFORM app_require_merge_rights(referenced, from_id, to_id);
    EXECUTE format('SELECT to_jsonb(t) FROM %s t WHERE id = $1 FOR UPDATE', referenced) INTO record_before USING from_id;
    IF record_before IS NULL THEN RAISE EXCEPTION 'record % not found', from_id USING ERRCODE = 'P0002'; END IF;

    FOR ref IN SELECT * FROM app_referencing_columns(referenced) LOOP
      CONTINUE WHEN ref.referencing = ANY (excluded);
      SELECT 'jsonb_build_object(' || string_agg(format('%L, t.%I', a.attname, a.attname), ', ') || ')'
        INTO pk_json
        FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = ref.referencing AND i.indisprimary;
      IF pk_json IS NULL THEN
        RAISE EXCEPTION '% has no primary key, so its references cannot be merged', ref.referencing;
      END IF;

      removed := '[]'::jsonb;
      FOR other_columns IN
        SELECT coalesce(array_agg(a.attname::text) FILTER (WHERE a.attname::text <> ref.column_name), '{}')
        FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = ref.referencing AND i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL
        GROUP BY i.indexrelid
        HAVING bool_or(a.attname::text = ref.column_name)
      LOOP
        SELECT coalesce(string_agg(format(' AND s.%1$I = t.%1$I', col), ''), '') INTO collision FROM unnest(other_columns) AS col;
        EXECUTE format(
          'WITH gone AS (DELETE FROM %1$s t WHERE t.%2$I = $1 AND EXISTS (SELECT 1 FROM %1$s s WHERE s.%2$I = $2%3$s) RETURNING t.*) '
          'SELECT coalesce(jsonb_agg(to_jsonb(gone)), ''[]'') FROM gone',
          ref.referencing, ref.column_name, collision) INTO removed_now USING from_id, to_id;
        removed := removed || removed_now;
      END LOOP;

      EXECUTE format(
        'WITH moved AS (UPDATE %1$s t SET %2$I = $2 WHERE t.%2$I = $1 RETURNING %3$s AS pk) SELECT coalesce(jsonb_agg(pk), ''[]'') FROM moved',
        ref.referencing, ref.column_name, pk_json) INTO repointed USING from_id, to_id;

      IF jsonb_array_length(repointed) > 0 OR jsonb_array_length(removed) > 0 THEN
        changes := changes || jsonb_build_array(jsonb_build_object(
          'table', ref.referencing::text, 'column', ref.column_name, 'repointed', repointed, 'removed', removed));
      END IF;
    END LOOP;

    EXECUTE format('DELETE FROM %s WHERE id = $1', referenced) USING from_id;
    RETURN jsonb_build_object('record', record_before, 'changes', changes);
  END
  $$;
--> statement-breakpoint
-- The columns a row can be inserted with (no generated columns).
CREATE OR REPLACE FUNCTION app_insertable_columns(target regclass) RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum)
    FROM pg_attribute
    WHERE attrelid = target AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
  $$;
--> statement-breakpoint
-- Reverses app_merge(): puts the record back, then every reference it had and every row removed.
CREATE OR REPLACE FUNCTION app_undo_merge(referenced regclass, merged jsonb, to_id uuid)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    from_id uuid := (merged->'record'->>'id')::uuid;
    change jsonb;
    target regclass;
    target_column text;
    pk jsonb;
    condition text;
    columns text;
  BEGIN
    columns := app_insertable_columns(referenced);
    EXECUTE format('INSERT INTO %1$s (%2$s) OVERRIDING SYSTEM VALUE SELECT %2$s FROM jsonb_populate_record(NULL::%1$s, $1)', referenced, columns)
      USING merged->'record';
    PERFORM app_require_merge_rights(referenced, from_id, to_id);

    FOR change IN SELECT value FROM jsonb_array_elements(merged->'changes') LOOP
      target := (change->>'table')::regclass;
      target_column := change->>'column';
      IF NOT EXISTS (SELECT 1 FROM app_referencing_columns(referenced) r WHERE r.referencing = target AND r.column_name = target_column) THEN
        RAISE EXCEPTION '%.% does not refer to %', target, target_column, referenced;
      END IF;
      FOR pk IN SELECT value FROM jsonb_array_elements(change->'repointed') LOOP
        SELECT string_agg(format('%I::text = %L', key, value), ' AND ') INTO condition FROM jsonb_each_text(pk);
        EXECUTE format('UPDATE %1$s SET %2$I = $1 WHERE %2$I = $2 AND %3$s', target, target_column, condition) USING from_id, to_id;
      END LOOP;
      IF jsonb_array_length(change->'removed') > 0 THEN
        columns := app_insertable_columns(target);
        EXECUTE format('INSERT INTO %1$s (%2$s) OVERRIDING SYSTEM VALUE SELECT %2$s FROM jsonb_populate_recordset(NULL::%1$s, $1)', target, columns)
          USING change->'removed';
      END IF;
    END LOOP;
  END
  $$;
--> statement-breakpoint
-- Erasing a person removes their personal data from the history too: the values recorded before
-- and after each change of the record are replaced by a note. Only whoever may edit the record.
CREATE OR REPLACE FUNCTION app_redact_history(target regclass, entity text, record_id uuid)
  RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    allowed boolean;
    redacted integer;
  BEGIN
    IF current_setting('role', true) = 'stadtdialog_app' THEN
      EXECUTE format('SELECT app_can_edit(workspace_id, created_by) FROM %s WHERE id = $1', target) INTO allowed USING record_id;
      IF NOT coalesce(allowed, false) THEN
        RAISE EXCEPTION 'redacting the history of % is not allowed', record_id USING ERRCODE = '42501';
      END IF;
    END IF;
    UPDATE audit_events
      SET before = CASE WHEN before IS NULL THEN NULL ELSE '{"redacted": true}'::jsonb END,
          after = CASE WHEN after IS NULL THEN NULL ELSE '{"redacted": true}'::jsonb END,
          label = NULL
      WHERE entity_type = entity AND entity_id = record_id;
    GET DIAGNOSTICS redacted = ROW_COUNT;
    RETURN redacted;
  END
  $$;
--> statement-breakpoint
-- The theme taxonomy every workspace starts from, in the reference workspace; coordinators extend it.
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'integrated-urban-development', '{"de": "Integrierte Stadtentwicklung", "en": "Integrated urban development", "uk": "Інтегрований розвиток міст"}'::jsonb, NULL, 0) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'district-development', '{"de": "Stadtteilentwicklung", "en": "District development", "uk": "Розвиток районів"}'::jsonb, (SELECT id FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND slug = 'integrated-urban-development'), 0) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'urban-design', '{"de": "Städtebauliche Entwicklung", "en": "Urban design and planning", "uk": "Містобудування"}'::jsonb, (SELECT id FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND slug = 'integrated-urban-development'), 1) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'urban-green', '{"de": "Stadtgrün und Gewässer", "en": "Urban green and water", "uk": "Міська зелень і водойми"}'::jsonb, (SELECT id FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND slug = 'integrated-urban-development'), 2) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'housing', '{"de": "Wohnen", "en": "Housing", "uk": "Житло"}'::jsonb, NULL, 1) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'housing-management', '{"de": "Wohnungsbewirtschaftung und -verwaltung", "en": "Housing management", "uk": "Управління житлом"}'::jsonb, (SELECT id FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND slug = 'housing'), 0) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'social-cohesion', '{"de": "Sozialer Zusammenhalt", "en": "Social cohesion", "uk": "Соціальна згуртованість"}'::jsonb, NULL, 2) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'socio-culture', '{"de": "Soziokultur und Freizeit", "en": "Socio-culture and leisure", "uk": "Соціокультура та дозвілля"}'::jsonb, (SELECT id FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND slug = 'social-cohesion'), 0) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'schools-as-hubs', '{"de": "Schulen als Orte für das Quartier", "en": "Schools as neighbourhood hubs", "uk": "Школи як центри громади"}'::jsonb, (SELECT id FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND slug = 'social-cohesion'), 1) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'integration', '{"de": "Integration", "en": "Integration", "uk": "Інтеграція"}'::jsonb, (SELECT id FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND slug = 'social-cohesion'), 2) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'participation', '{"de": "Beteiligung", "en": "Participation", "uk": "Участь мешканців"}'::jsonb, (SELECT id FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND slug = 'social-cohesion'), 3) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'neighbourhood-management', '{"de": "Quartiersmanagement", "en": "Neighbourhood management", "uk": "Квартальний менеджмент"}'::jsonb, (SELECT id FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND slug = 'social-cohesion'), 4) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'local-economy', '{"de": "Lokale und regionale Wirtschaftsentwicklung", "en": "Local and regional economic development", "uk": "Місцевий і регіональний економічний розвиток"}'::jsonb, NULL, 3) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'renewable-energy', '{"de": "Erneuerbare Energie", "en": "Renewable energy", "uk": "Відновлювана енергетика"}'::jsonb, NULL, 4) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'energy-networks', '{"de": "Energienetze", "en": "Energy networks", "uk": "Енергетичні мережі"}'::jsonb, (SELECT id FROM themes WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND slug = 'renewable-energy'), 0) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'resilience', '{"de": "Resilienz", "en": "Resilience", "uk": "Стійкість"}'::jsonb, NULL, 5) ON CONFLICT (workspace_id, slug) DO NOTHING;
--> statement-breakpoint
INSERT INTO themes (workspace_id, visibility, slug, name, parent_id, position) VALUES ('00000000-0000-4000-a000-000000000001', 'public', 'funding-instruments', '{"de": "Förderinstrumente", "en": "Funding instruments", "uk": "Інструменти фінансування"}'::jsonb, NULL, 6) ON CONFLICT (workspace_id, slug) DO NOTHING;
