-- The knowledge base: row-level security of documents and what hangs off them, and the search
-- index over every record and document, kept by triggers in the transaction of each change.

SELECT app_secure_scoped_table('documents');
--> statement-breakpoint
SELECT app_secure_child_table('document_files', 'documents', 'document_id');
--> statement-breakpoint
SELECT app_secure_child_table('document_links', 'documents', 'document_id');
--> statement-breakpoint
SELECT app_secure_child_table('document_proposals', 'documents', 'document_id');
--> statement-breakpoint
-- Comments are a conversation of the document's workspace: its members read them (guests too),
-- owners, coordinators and members write them, authors change their own, coordinators moderate.
ALTER TABLE document_comments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY document_comments_read ON document_comments FOR SELECT USING (
  EXISTS (SELECT 1 FROM documents p WHERE p.id = document_id AND p.workspace_id = ANY ((SELECT app_viewer_workspaces())::uuid[]))
);
--> statement-breakpoint
CREATE POLICY document_comments_insert ON document_comments FOR INSERT WITH CHECK (
  app_may_write() AND author_user_id = app_current_user_id()
  AND EXISTS (SELECT 1 FROM documents p WHERE p.id = document_id AND app_workspace_role(p.workspace_id) IN ('owner', 'coordinator', 'member'))
);
--> statement-breakpoint
CREATE POLICY document_comments_update ON document_comments FOR UPDATE USING (
  app_may_write() AND EXISTS (
    SELECT 1 FROM documents p WHERE p.id = document_id
      AND (app_workspace_role(p.workspace_id) IN ('owner', 'coordinator') OR (author_user_id = app_current_user_id() AND app_workspace_role(p.workspace_id) = 'member'))
  )
);
--> statement-breakpoint
CREATE POLICY document_comments_delete ON document_comments FOR DELETE USING (
  app_may_write() AND EXISTS (
    SELECT 1 FROM documents p WHERE p.id = document_id
      AND (app_workspace_role(p.workspace_id) IN ('owner', 'coordinator') OR (author_user_id = app_current_user_id() AND app_workspace_role(p.workspace_id) = 'member'))
  )
);
--> statement-breakpoint
-- Text search configurations that remove accents before stemming, so "München" and "Munchen"
-- are one word, and ts_headline can mark the words of the original text.
CREATE TEXT SEARCH CONFIGURATION public.sd_german (COPY = pg_catalog.german);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.sd_german ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.german_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.sd_english (COPY = pg_catalog.english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.sd_english ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.sd_simple (COPY = pg_catalog.simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.sd_simple ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.simple;
--> statement-breakpoint
-- Ukrainian Cyrillic in the national Latin transliteration (2010), as plainKey() writes it in
-- src/modules/places/names: "Київ" → "kyiv", "Житомир" → "zhytomyr". Empty for text without Cyrillic.
CREATE OR REPLACE FUNCTION app_translit_uk(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT CASE WHEN value ~ '[а-яА-ЯіІїЇєЄґҐ]' THEN
      translate(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
          regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(lower(value),
            '(^|[^а-яіїєґ''’ʼ])є', '\1ye', 'g'),
            '(^|[^а-яіїєґ''’ʼ])ї', '\1yi', 'g'),
            '(^|[^а-яіїєґ''’ʼ])й', '\1y', 'g'),
            '(^|[^а-яіїєґ''’ʼ])ю', '\1yu', 'g'),
            '(^|[^а-яіїєґ''’ʼ])я', '\1ya', 'g'),
          'зг', 'zgh'), 'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'),
          'ю', 'iu'), 'я', 'ia'), 'є', 'ie'), 'ї', 'i'), 'й', 'i'),
        'абвгґдезиіклмнопрстуфыэёьъ''’ʼ', 'abvhgdezyiklmnoprstufyee')
    ELSE '' END
  $$;
--> statement-breakpoint
-- A name or title in every form the search may be asked for it: German and English stems, the
-- word as written (Ukrainian and names), and Cyrillic transliterated.
CREATE OR REPLACE FUNCTION app_search_names(value text, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE WHEN coalesce(value, '') = '' THEN ''::tsvector ELSE setweight(
      to_tsvector('public.sd_german', value) || to_tsvector('public.sd_english', value)
        || to_tsvector('public.sd_simple', value || ' ' || app_translit_uk(value)), weight) END
  $$;
--> statement-breakpoint
-- Running text in its own language: German and English stemmed, Ukrainian (and anything else) as written.
CREATE OR REPLACE FUNCTION app_search_text(value text, language text, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE WHEN coalesce(value, '') = '' THEN ''::tsvector ELSE setweight(CASE language
      WHEN 'de' THEN to_tsvector('public.sd_german', value)
      WHEN 'en' THEN to_tsvector('public.sd_english', value)
      ELSE to_tsvector('public.sd_simple', value) END, weight) END
  $$;
--> statement-breakpoint
-- A text in several languages ({"de": …, "en": …, "uk": …}), each part in its own language.
CREATE OR REPLACE FUNCTION app_search_localized(value jsonb, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT app_search_text(value->>'de', 'de', weight) || app_search_text(value->>'en', 'en', weight)
      || app_search_text((SELECT string_agg(e.v, ' ') FROM jsonb_each_text(CASE WHEN jsonb_typeof(value) = 'object' THEN value ELSE '{}'::jsonb END) AS e(k, v)
                          WHERE e.k NOT IN ('de', 'en')), 'uk', weight)
  $$;
--> statement-breakpoint
-- The values of a multilingual text, joined.
CREATE OR REPLACE FUNCTION app_texts(value jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce((SELECT string_agg(v, ' ') FROM jsonb_each_text(CASE WHEN jsonb_typeof(value) = 'object' THEN value ELSE '{}'::jsonb END) AS e(k, v)), '') $$;
--> statement-breakpoint
-- Every name of the given places (local, by language, aliases), for indexing what refers to them.
CREATE OR REPLACE FUNCTION app_place_names(ids uuid[]) RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(string_agg(concat_ws(' ', p.name, app_texts(p.names), array_to_string(p.aliases, ' ')), ' '), '')
    FROM places p WHERE p.id = ANY (ids)
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_organization_names(ids uuid[]) RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(string_agg(concat_ws(' ', o.name, o.short_name, app_texts(o.names)), ' '), '')
    FROM organizations o WHERE o.id = ANY (ids)
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_theme_names(ids uuid[]) RETURNS tsvector
  LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(tsvector_agg, ''::tsvector) FROM (
      SELECT app_search_localized(jsonb_object_agg(key, value), 'D') AS tsvector_agg
      FROM (SELECT e.key, string_agg(e.value, ' ') AS value FROM themes t, jsonb_each_text(t.name) e WHERE t.id = ANY (ids) GROUP BY e.key) names
    ) agg
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_country_codes(places_ids uuid[], organization_ids uuid[]) RETURNS text[]
  LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM (
      SELECT p.country_code::text AS code FROM places p WHERE p.id = ANY (places_ids)
      UNION SELECT o.country_code::text FROM organizations o WHERE o.id = ANY (organization_ids)
    ) codes WHERE code IS NOT NULL
  $$;
--> statement-breakpoint
-- The rows of the index, one function per kind of record; columns in the order of search_entries.

CREATE OR REPLACE FUNCTION app_search_rows_document(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT d.id, d.workspace_id, d.visibility, d.created_by, jsonb_build_object(d.language, d.title), d.kind, d.language,
      extract(year FROM d.sort_date)::integer,
      app_country_codes(links.place_ids, links.organization_ids), links.theme_ids,
      left(regexp_replace(d.text, '\s+', ' ', 'g'), 300),
      app_search_names(d.title, 'A')
        || app_search_text(left(d.text, 200000), d.language, 'C')
        || app_search_text(left(files.text, 100000), d.language, 'C')
        || app_search_names(concat_ws(' ', app_place_names(links.place_ids), app_organization_names(links.organization_ids), links.titles), 'B')
        || app_theme_names(links.theme_ids)
    FROM documents d
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(k.place_id) FILTER (WHERE k.place_id IS NOT NULL), '{}') AS place_ids,
             coalesce(array_agg(k.organization_id) FILTER (WHERE k.organization_id IS NOT NULL), '{}') AS organization_ids,
             coalesce(array_agg(k.theme_id) FILTER (WHERE k.theme_id IS NOT NULL), '{}') AS theme_ids,
             concat_ws(' ',
               (SELECT string_agg(app_texts(x.title), ' ') FROM partnerships x WHERE x.id = ANY (array_agg(k.partnership_id))),
               (SELECT string_agg(app_texts(x.title), ' ') FROM exchanges x WHERE x.id = ANY (array_agg(k.exchange_id))),
               (SELECT string_agg(concat_ws(' ', app_texts(x.name), x.short_name), ' ') FROM networks x WHERE x.id = ANY (array_agg(k.network_id))),
               (SELECT string_agg(app_texts(x.title), ' ') FROM projects x WHERE x.id = ANY (array_agg(k.project_id))),
               (SELECT string_agg(app_texts(x.title), ' ') FROM action_plans x WHERE x.id = ANY (array_agg(k.action_plan_id))),
               (SELECT string_agg(app_texts(x.name), ' ') FROM funding_programmes x WHERE x.id = ANY (array_agg(k.funding_programme_id)))) AS titles
      FROM document_links k WHERE k.document_id = d.id
    ) links
    CROSS JOIN LATERAL (
      SELECT string_agg(f.extracted_text, ' ') AS text FROM document_files f WHERE f.document_id = d.id AND f.extracted_text IS NOT NULL
    ) files
    WHERE d.id = ANY (ids)
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_rows_place(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT p.id, p.workspace_id, p.visibility, p.created_by, jsonb_build_object('und', p.name) || p.names, p.kind, NULL::text, NULL::integer,
      CASE WHEN p.country_code IS NULL THEN '{}'::text[] ELSE ARRAY[p.country_code::text] END, '{}'::uuid[],
      coalesce(parent.name, ''),
      app_search_names(concat_ws(' ', p.name, app_texts(p.names), array_to_string(p.aliases, ' ')), 'A')
        || app_search_names(concat_ws(' ', parent.name, app_texts(parent.names)), 'C')
    FROM places p LEFT JOIN places parent ON parent.id = p.parent_id
    WHERE p.id = ANY (ids)
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_rows_organization(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT o.id, o.workspace_id, o.visibility, o.created_by, jsonb_build_object('und', o.name) || o.names, o.kind, NULL::text, NULL::integer,
      CASE WHEN o.country_code IS NULL THEN '{}'::text[] ELSE ARRAY[o.country_code::text] END,
      coalesce((SELECT array_agg(t.theme_id) FROM organization_themes t WHERE t.organization_id = o.id), '{}'),
      left(app_texts(o.description), 300),
      app_search_names(concat_ws(' ', o.name, o.short_name, app_texts(o.names)), 'A')
        || app_search_names(concat_ws(' ', app_place_names(ARRAY[o.seat_place_id]), app_organization_names(ARRAY[o.parent_id])), 'B')
        || app_search_localized(o.description, 'C')
        || app_theme_names(coalesce((SELECT array_agg(t.theme_id) FROM organization_themes t WHERE t.organization_id = o.id), '{}'))
    FROM organizations o
    WHERE o.id = ANY (ids)
  $$;
--> statement-breakpoint
-- People whose data was erased are left out.
CREATE OR REPLACE FUNCTION app_search_rows_person(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT p.id, p.workspace_id, p.visibility, p.created_by,
      jsonb_build_object('und', concat_ws(' ', p.honorific, p.given_name, p.family_name)), NULL::text, NULL::text, NULL::integer,
      app_country_codes('{}', affiliated.organization_ids), themes.list,
      coalesce(affiliated.roles, ''),
      app_search_names(concat_ws(' ', p.given_name, p.family_name), 'A')
        || app_search_names(concat_ws(' ', app_organization_names(affiliated.organization_ids), affiliated.roles), 'B')
        || app_theme_names(themes.list)
    FROM people p
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(a.organization_id), '{}') AS organization_ids, string_agg(a.role, ', ') AS roles FROM affiliations a WHERE a.person_id = p.id
    ) affiliated
    CROSS JOIN LATERAL (SELECT coalesce(array_agg(t.theme_id), '{}') AS list FROM person_themes t WHERE t.person_id = p.id) themes
    WHERE p.id = ANY (ids) AND p.erased_at IS NULL
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_rows_partnership(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT x.id, x.workspace_id, x.visibility, x.created_by, x.title, x.kind, NULL::text, extract(year FROM x.since)::integer,
      app_country_codes(parties.place_ids, parties.organization_ids), themes.list,
      left(app_texts(x.description), 300),
      app_search_names(app_texts(x.title), 'A')
        || app_search_names(concat_ws(' ', app_place_names(parties.place_ids), app_organization_names(parties.organization_ids)), 'B')
        || app_search_localized(x.description, 'C')
        || app_theme_names(themes.list)
    FROM partnerships x
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(q.place_id) FILTER (WHERE q.place_id IS NOT NULL), '{}') AS place_ids,
             coalesce(array_agg(q.organization_id) FILTER (WHERE q.organization_id IS NOT NULL), '{}') AS organization_ids
      FROM partnership_parties q WHERE q.partnership_id = x.id
    ) parties
    CROSS JOIN LATERAL (SELECT coalesce(array_agg(t.theme_id), '{}') AS list FROM partnership_themes t WHERE t.partnership_id = x.id) themes
    WHERE x.id = ANY (ids)
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_rows_exchange(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT x.id, x.workspace_id, x.visibility, x.created_by, x.title, x.kind, NULL::text, extract(year FROM x.start_date)::integer,
      app_country_codes(ARRAY[x.venue_place_id] || related.place_ids, related.organization_ids), themes.list,
      left(app_texts(x.description), 300),
      app_search_names(app_texts(x.title), 'A')
        || app_search_names(concat_ws(' ', app_place_names(ARRAY[x.venue_place_id]), x.venue_name), 'B')
        || app_search_names(concat_ws(' ', app_place_names(related.place_ids), app_organization_names(related.organization_ids)), 'B')
        || app_search_localized(x.description, 'C')
        || app_theme_names(themes.list)
    FROM exchanges x
    CROSS JOIN LATERAL (
      SELECT coalesce((SELECT array_agg(d.from_place_id) FROM exchange_delegations d WHERE d.exchange_id = x.id AND d.from_place_id IS NOT NULL), '{}')
               || coalesce((SELECT array_agg(s.place_id) FROM exchange_stops s WHERE s.exchange_id = x.id), '{}') AS place_ids,
             coalesce((SELECT array_agg(d.from_organization_id) FROM exchange_delegations d WHERE d.exchange_id = x.id AND d.from_organization_id IS NOT NULL), '{}')
               || coalesce((SELECT array_agg(o.organization_id) FROM exchange_organizations o WHERE o.exchange_id = x.id), '{}') AS organization_ids
    ) related
    CROSS JOIN LATERAL (SELECT coalesce(array_agg(t.theme_id), '{}') AS list FROM exchange_themes t WHERE t.exchange_id = x.id) themes
    WHERE x.id = ANY (ids)
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_rows_network(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT x.id, x.workspace_id, x.visibility, x.created_by, x.name, x.cadence, NULL::text, x.founded_year,
      app_country_codes(ARRAY[x.region_place_id] || members.place_ids, ARRAY[x.organization_id] || members.organization_ids), '{}'::uuid[],
      left(app_texts(x.description), 300),
      app_search_names(concat_ws(' ', app_texts(x.name), x.short_name), 'A')
        || app_search_names(concat_ws(' ', app_place_names(ARRAY[x.region_place_id] || members.place_ids), app_organization_names(ARRAY[x.organization_id] || members.organization_ids)), 'B')
        || app_search_localized(x.description, 'C')
    FROM networks x
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(m.place_id) FILTER (WHERE m.place_id IS NOT NULL), '{}') AS place_ids,
             coalesce(array_agg(m.organization_id) FILTER (WHERE m.organization_id IS NOT NULL), '{}') AS organization_ids
      FROM network_members m WHERE m.network_id = x.id
    ) members
    WHERE x.id = ANY (ids)
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_rows_project(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT x.id, x.workspace_id, x.visibility, x.created_by, x.title, x.status, NULL::text, extract(year FROM x.start_date)::integer,
      app_country_codes(ARRAY[x.pilot_area_place_id], ARRAY[x.carrier_organization_id]), '{}'::uuid[],
      left(app_texts(x.summary), 300),
      app_search_names(app_texts(x.title), 'A')
        || app_search_names(concat_ws(' ', app_place_names(ARRAY[x.pilot_area_place_id]), app_organization_names(ARRAY[x.carrier_organization_id])), 'B')
        || app_search_localized(x.summary, 'C') || app_search_localized(x.goals, 'C')
    FROM projects x
    WHERE x.id = ANY (ids)
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_rows_action_plan(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT x.id, x.workspace_id, x.visibility, x.created_by, x.title, x.status, NULL::text, extract(year FROM x.period_start)::integer,
      app_country_codes(ARRAY[x.area_place_id], '{}'), '{}'::uuid[],
      left(app_texts(x.summary), 300),
      app_search_names(app_texts(x.title), 'A')
        || app_search_names(app_place_names(ARRAY[x.area_place_id]), 'B')
        || app_search_localized(x.summary, 'C')
    FROM action_plans x
    WHERE x.id = ANY (ids)
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_rows_funding_programme(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT x.id, x.workspace_id, x.visibility, x.created_by, x.name, x.level, NULL::text, extract(year FROM x.period_start)::integer,
      app_country_codes('{}', ARRAY[x.funder_organization_id]), '{}'::uuid[],
      left(app_texts(x.description), 300),
      app_search_names(app_texts(x.name), 'A')
        || app_search_names(app_organization_names(ARRAY[x.funder_organization_id]), 'B')
        || app_search_localized(x.description, 'C')
    FROM funding_programmes x
    WHERE x.id = ANY (ids)
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_rows_theme(ids uuid[])
  RETURNS TABLE (record_id uuid, workspace_id uuid, visibility text, created_by uuid, title jsonb, kind text, language text, year integer,
                 countries text[], theme_ids uuid[], summary text, tsv tsvector)
  LANGUAGE sql STABLE
  AS $$
    SELECT x.id, x.workspace_id, x.visibility, x.created_by, x.name, NULL::text, NULL::text, NULL::integer, '{}'::text[], ARRAY[x.id],
      left(app_texts(x.description), 300),
      app_search_names(app_texts(x.name), 'A')
        || app_search_localized(x.description, 'C')
    FROM themes x
    WHERE x.id = ANY (ids)
  $$;
--> statement-breakpoint
-- The year, countries, themes and language of a record as words of its index row ("_y2018",
-- "_cua", "_t<theme id>", "_lde"; no query word can look like them, and the word list of typo
-- tolerance leaves them out): a filter is then one more word of the query, which the GIN index
-- intersects, instead of a check of every row that has the query's words.
CREATE OR REPLACE FUNCTION app_search_filter_words(year integer, countries text[], theme_ids uuid[], language text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(string_agg(format('%s:1A', quote_literal(w)), ' '), '')::tsvector
    FROM unnest(ARRAY['_y' || year, '_l' || language]
      || ARRAY(SELECT '_c' || lower(c) FROM unnest(countries) c)
      || ARRAY(SELECT '_t' || replace(t::text, '-', '') FROM unnest(theme_ids) t)) w
    WHERE w IS NOT NULL
  $$;
--> statement-breakpoint
-- The filters as a query of those words; null without filters.
CREATE OR REPLACE FUNCTION app_search_filter_query(only_theme uuid, only_country text, only_year integer, only_language text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT nullif(concat_ws(' & ',
      quote_literal('_y' || only_year), quote_literal('_l' || only_language),
      quote_literal('_c' || lower(only_country)), quote_literal('_t' || replace(only_theme::text, '-', ''))), '')::tsquery
  $$;
--> statement-breakpoint
-- Rewrites the index rows of the given records of one kind (removing those of records that are
-- gone) and adds their words to the word list of typo tolerance. Runs as the owner of the index.
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
      AND length(t.term) BETWEEN 4 AND 40 AND t.term !~ '[0-9_]'
    ON CONFLICT DO NOTHING;
  END
  $$;
--> statement-breakpoint
-- Statement triggers: the rows changed by one statement are indexed together. The first argument
-- is the kind of record, the second the column holding its id; `changed` holds the new rows (the
-- old ones for a deletion), `previous` the old rows of an update.
CREATE OR REPLACE FUNCTION app_search_track() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE ids uuid[];
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      EXECUTE format('SELECT array_agg(%1$I) FROM (SELECT %1$I FROM changed UNION SELECT %1$I FROM previous) x', TG_ARGV[1]) INTO ids;
    ELSE
      EXECUTE format('SELECT array_agg(%1$I) FROM changed', TG_ARGV[1]) INTO ids;
    END IF;
    PERFORM app_search_refresh(TG_ARGV[0], ids);
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
-- Creates the three statement triggers (insert, update, delete) of a table for one kind of record.
CREATE OR REPLACE FUNCTION app_search_track_table(target regclass, record_type text, id_column text) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE name text := (SELECT relname FROM pg_class WHERE oid = target);
  BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_search_track(%L, %L)',
      name || '_search_insert_' || record_type, target, record_type, id_column);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING NEW TABLE AS changed OLD TABLE AS previous FOR EACH STATEMENT EXECUTE FUNCTION app_search_track(%L, %L)',
      name || '_search_update_' || record_type, target, record_type, id_column);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_search_track(%L, %L)',
      name || '_search_delete_' || record_type, target, record_type, id_column);
  END
  $$;
--> statement-breakpoint
SELECT app_search_track_table('documents', 'document', 'id');
--> statement-breakpoint
SELECT app_search_track_table('document_links', 'document', 'document_id');
--> statement-breakpoint
SELECT app_search_track_table('document_files', 'document', 'document_id');
--> statement-breakpoint
SELECT app_search_track_table('organization_themes', 'organization', 'organization_id');
--> statement-breakpoint
SELECT app_search_track_table('people', 'person', 'id');
--> statement-breakpoint
SELECT app_search_track_table('affiliations', 'person', 'person_id');
--> statement-breakpoint
SELECT app_search_track_table('person_themes', 'person', 'person_id');
--> statement-breakpoint
SELECT app_search_track_table('partnerships', 'partnership', 'id');
--> statement-breakpoint
SELECT app_search_track_table('partnership_parties', 'partnership', 'partnership_id');
--> statement-breakpoint
SELECT app_search_track_table('partnership_themes', 'partnership', 'partnership_id');
--> statement-breakpoint
SELECT app_search_track_table('exchanges', 'exchange', 'id');
--> statement-breakpoint
SELECT app_search_track_table('exchange_delegations', 'exchange', 'exchange_id');
--> statement-breakpoint
SELECT app_search_track_table('exchange_organizations', 'exchange', 'exchange_id');
--> statement-breakpoint
SELECT app_search_track_table('exchange_stops', 'exchange', 'exchange_id');
--> statement-breakpoint
SELECT app_search_track_table('exchange_themes', 'exchange', 'exchange_id');
--> statement-breakpoint
SELECT app_search_track_table('networks', 'network', 'id');
--> statement-breakpoint
SELECT app_search_track_table('network_members', 'network', 'network_id');
--> statement-breakpoint
SELECT app_search_track_table('projects', 'project', 'id');
--> statement-breakpoint
SELECT app_search_track_table('action_plans', 'action_plan', 'id');
--> statement-breakpoint
SELECT app_search_track_table('funding_programmes', 'funding_programme', 'id');
--> statement-breakpoint
-- Places, themes and organisations: their own rows, and when a name changes, the rows of what
-- refers to them (the names of linked places are part of a partnership's row, and so on).
CREATE OR REPLACE FUNCTION app_search_track_named() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    ids uuid[];
    renamed uuid[];
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      ids := ARRAY(SELECT id FROM changed);
      IF TG_ARGV[0] = 'place' THEN
        renamed := ARRAY(SELECT n.id FROM changed n JOIN previous o ON o.id = n.id
          WHERE (n.name, n.names, n.aliases, n.country_code) IS DISTINCT FROM (o.name, o.names, o.aliases, o.country_code));
      ELSIF TG_ARGV[0] = 'organization' THEN
        renamed := ARRAY(SELECT n.id FROM changed n JOIN previous o ON o.id = n.id
          WHERE (n.name, n.names, n.short_name, n.country_code) IS DISTINCT FROM (o.name, o.names, o.short_name, o.country_code));
      ELSE
        renamed := ARRAY(SELECT n.id FROM changed n JOIN previous o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name);
      END IF;
    ELSE
      ids := ARRAY(SELECT id FROM changed);
      renamed := '{}';
    END IF;
    PERFORM app_search_refresh(TG_ARGV[0], ids);
    IF cardinality(renamed) = 0 THEN RETURN NULL; END IF;
    IF TG_ARGV[0] = 'place' THEN
      PERFORM app_search_refresh('place', ARRAY(SELECT id FROM places WHERE parent_id = ANY (renamed)));
      PERFORM app_search_refresh('partnership', ARRAY(SELECT partnership_id FROM partnership_parties WHERE place_id = ANY (renamed)));
      PERFORM app_search_refresh('exchange', ARRAY(
        SELECT id FROM exchanges WHERE venue_place_id = ANY (renamed)
        UNION SELECT exchange_id FROM exchange_delegations WHERE from_place_id = ANY (renamed)
        UNION SELECT exchange_id FROM exchange_stops WHERE place_id = ANY (renamed)));
      PERFORM app_search_refresh('organization', ARRAY(SELECT id FROM organizations WHERE seat_place_id = ANY (renamed)));
      PERFORM app_search_refresh('network', ARRAY(
        SELECT id FROM networks WHERE region_place_id = ANY (renamed) UNION SELECT network_id FROM network_members WHERE place_id = ANY (renamed)));
      PERFORM app_search_refresh('project', ARRAY(SELECT id FROM projects WHERE pilot_area_place_id = ANY (renamed)));
      PERFORM app_search_refresh('action_plan', ARRAY(SELECT id FROM action_plans WHERE area_place_id = ANY (renamed)));
      PERFORM app_search_refresh('document', ARRAY(SELECT document_id FROM document_links WHERE place_id = ANY (renamed)));
    ELSIF TG_ARGV[0] = 'organization' THEN
      PERFORM app_search_refresh('organization', ARRAY(SELECT id FROM organizations WHERE parent_id = ANY (renamed)));
      PERFORM app_search_refresh('partnership', ARRAY(SELECT partnership_id FROM partnership_parties WHERE organization_id = ANY (renamed)));
      PERFORM app_search_refresh('exchange', ARRAY(
        SELECT exchange_id FROM exchange_organizations WHERE organization_id = ANY (renamed)
        UNION SELECT exchange_id FROM exchange_delegations WHERE from_organization_id = ANY (renamed)));
      PERFORM app_search_refresh('network', ARRAY(
        SELECT id FROM networks WHERE organization_id = ANY (renamed) UNION SELECT network_id FROM network_members WHERE organization_id = ANY (renamed)));
      PERFORM app_search_refresh('person', ARRAY(SELECT person_id FROM affiliations WHERE organization_id = ANY (renamed)));
      PERFORM app_search_refresh('project', ARRAY(SELECT id FROM projects WHERE carrier_organization_id = ANY (renamed)));
      PERFORM app_search_refresh('funding_programme', ARRAY(SELECT id FROM funding_programmes WHERE funder_organization_id = ANY (renamed)));
      PERFORM app_search_refresh('document', ARRAY(SELECT document_id FROM document_links WHERE organization_id = ANY (renamed)));
    ELSE
      PERFORM app_search_refresh('organization', ARRAY(SELECT organization_id FROM organization_themes WHERE theme_id = ANY (renamed)));
      PERFORM app_search_refresh('person', ARRAY(SELECT person_id FROM person_themes WHERE theme_id = ANY (renamed)));
      PERFORM app_search_refresh('partnership', ARRAY(SELECT partnership_id FROM partnership_themes WHERE theme_id = ANY (renamed)));
      PERFORM app_search_refresh('exchange', ARRAY(SELECT exchange_id FROM exchange_themes WHERE theme_id = ANY (renamed)));
      PERFORM app_search_refresh('document', ARRAY(SELECT document_id FROM document_links WHERE theme_id = ANY (renamed)));
    END IF;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_search_track_named_table(target regclass, record_type text) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE name text := (SELECT relname FROM pg_class WHERE oid = target);
  BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_search_track_named(%L)',
      name || '_search_insert', target, record_type);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING NEW TABLE AS changed OLD TABLE AS previous FOR EACH STATEMENT EXECUTE FUNCTION app_search_track_named(%L)',
      name || '_search_update', target, record_type);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION app_search_track_named(%L)',
      name || '_search_delete', target, record_type);
  END
  $$;
--> statement-breakpoint
SELECT app_search_track_named_table('places', 'place');
--> statement-breakpoint
SELECT app_search_track_named_table('themes', 'theme');
--> statement-breakpoint
SELECT app_search_track_named_table('organizations', 'organization');
--> statement-breakpoint
-- Titles of partnerships, exchanges, networks, projects, plans and programmes are part of the rows
-- of documents linked to them.
CREATE OR REPLACE FUNCTION app_search_track_linked_titles() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE retitled uuid[];
  BEGIN
    EXECUTE format('SELECT array_agg(n.id) FROM changed n JOIN previous o ON o.id = n.id WHERE n.%1$I IS DISTINCT FROM o.%1$I', TG_ARGV[1]) INTO retitled;
    IF retitled IS NOT NULL THEN
      EXECUTE format('SELECT array_agg(document_id) FROM document_links WHERE %I = ANY ($1)', TG_ARGV[0]) INTO retitled USING retitled;
      PERFORM app_search_refresh('document', retitled);
    END IF;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER partnerships_search_linked AFTER UPDATE ON partnerships REFERENCING NEW TABLE AS changed OLD TABLE AS previous
  FOR EACH STATEMENT EXECUTE FUNCTION app_search_track_linked_titles('partnership_id', 'title');
--> statement-breakpoint
CREATE TRIGGER exchanges_search_linked AFTER UPDATE ON exchanges REFERENCING NEW TABLE AS changed OLD TABLE AS previous
  FOR EACH STATEMENT EXECUTE FUNCTION app_search_track_linked_titles('exchange_id', 'title');
--> statement-breakpoint
CREATE TRIGGER networks_search_linked AFTER UPDATE ON networks REFERENCING NEW TABLE AS changed OLD TABLE AS previous
  FOR EACH STATEMENT EXECUTE FUNCTION app_search_track_linked_titles('network_id', 'name');
--> statement-breakpoint
CREATE TRIGGER projects_search_linked AFTER UPDATE ON projects REFERENCING NEW TABLE AS changed OLD TABLE AS previous
  FOR EACH STATEMENT EXECUTE FUNCTION app_search_track_linked_titles('project_id', 'title');
--> statement-breakpoint
CREATE TRIGGER action_plans_search_linked AFTER UPDATE ON action_plans REFERENCING NEW TABLE AS changed OLD TABLE AS previous
  FOR EACH STATEMENT EXECUTE FUNCTION app_search_track_linked_titles('action_plan_id', 'title');
--> statement-breakpoint
CREATE TRIGGER funding_programmes_search_linked AFTER UPDATE ON funding_programmes REFERENCING NEW TABLE AS changed OLD TABLE AS previous
  FOR EACH STATEMENT EXECUTE FUNCTION app_search_track_linked_titles('funding_programme_id', 'name');
--> statement-breakpoint
-- The index is written by the triggers alone; viewers read the rows of records they may see.
ALTER TABLE search_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
SELECT app_fast_read_policy('search_entries');
--> statement-breakpoint
ALTER TABLE search_terms ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY search_terms_read ON search_terms FOR SELECT USING (
  scope = 'public' OR scope = ANY ((SELECT app_viewer_workspaces())::text[])
);
--> statement-breakpoint
-- The words of titles and names, of linked places and organisations (weights A and B) apart from
-- running text: a record whose title or name has the words ranks far above one that only
-- mentions them, so the search takes its candidates from here first.
ALTER TABLE search_entries ADD COLUMN head tsvector GENERATED ALWAYS AS (ts_filter(tsv, '{a,b}')) STORED;
--> statement-breakpoint
CREATE INDEX search_entries_head_idx ON search_entries USING gin (head);
--> statement-breakpoint
-- Records found by id alone (the records a document links to, of any kind).
CREATE INDEX search_entries_record_idx ON search_entries (record_id);
--> statement-breakpoint
-- The search runs through these functions: `@@` and `%` are not leakproof, so under the
-- row-level security of the application role PostgreSQL would not use the GIN indexes for them.
-- They apply the read rule of the policies themselves (in application transactions; maintenance
-- commands, which run without the role, see everything), as the merge functions do.
--
-- The candidates of a query, each with the filters (all but the kind), scored: the `cap` best of
-- the first 25 × `cap` matches in titles and names (`in_head`; ranked there first, where the
-- vectors are short), and the first `cap` matches in running text only. Ranking a few hundred
-- rows costs the same for a common word as for a rare one; `head_matches` tells how many title
-- matches were seen, and when a side was cut, the service estimates the total (app_search_estimate).
-- The filters are words of the index (app_search_filter_words), intersected by the GIN index.
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
         AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
           OR e.visibility = 'public'
           OR (e.workspace_id = ANY (app_viewer_workspaces())
             AND (e.visibility = 'workspace' OR e.created_by = app_current_user_id() OR e.workspace_id = ANY (app_viewer_curated_workspaces()))))
       LIMIT cap)
    ) c
  $$;
--> statement-breakpoint
-- How many rows match a query with the filters, as the planner estimates it from the statistics
-- of the index (without reading the rows): the total shown when there are more than the candidates.
CREATE OR REPLACE FUNCTION app_search_estimate(query tsquery, only_theme uuid, only_country text, only_year integer, only_language text)
  RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE plan json;
  BEGIN
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM search_entries e WHERE e.tsv @@ %L::tsquery',
      coalesce(query && app_search_filter_query(only_theme, only_country, only_year, only_language), query)) INTO plan;
    RETURN (plan->0->'Plan'->>'Plan Rows')::integer;
  END
  $$;
--> statement-breakpoint
-- Whether anything the viewer may see matches (to tell which words of a query find nothing).
CREATE OR REPLACE FUNCTION app_search_any(query tsquery) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM search_entries e
      WHERE e.tsv @@ query
        AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
          OR e.visibility = 'public'
          OR (e.workspace_id = ANY (app_viewer_workspaces())
            AND (e.visibility = 'workspace' OR e.created_by = app_current_user_id() OR e.workspace_id = ANY (app_viewer_curated_workspaces())))))
  $$;
--> statement-breakpoint
-- Words of the index like a misspelt one (trigram similarity), from what the viewer may see.
CREATE OR REPLACE FUNCTION app_search_similar_terms(word text, minimum real, how_many integer)
  RETURNS TABLE (term text, similarity real)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT t.term, max(similarity(t.term, word)) AS similarity
    FROM search_terms t
    WHERE t.term % word AND similarity(t.term, word) >= minimum
      AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
        OR t.scope = 'public' OR t.scope = ANY ((app_viewer_workspaces())::text[]))
    GROUP BY t.term
    ORDER BY max(similarity(t.term, word)) DESC, length(t.term), t.term
    LIMIT how_many
  $$;
--> statement-breakpoint
-- Records that exist already.
SELECT app_search_refresh('place', ARRAY(SELECT id FROM places));
--> statement-breakpoint
SELECT app_search_refresh('organization', ARRAY(SELECT id FROM organizations));
--> statement-breakpoint
SELECT app_search_refresh('person', ARRAY(SELECT id FROM people));
--> statement-breakpoint
SELECT app_search_refresh('theme', ARRAY(SELECT id FROM themes));
--> statement-breakpoint
SELECT app_search_refresh('partnership', ARRAY(SELECT id FROM partnerships));
--> statement-breakpoint
SELECT app_search_refresh('exchange', ARRAY(SELECT id FROM exchanges));
--> statement-breakpoint
SELECT app_search_refresh('network', ARRAY(SELECT id FROM networks));
--> statement-breakpoint
SELECT app_search_refresh('project', ARRAY(SELECT id FROM projects));
--> statement-breakpoint
SELECT app_search_refresh('action_plan', ARRAY(SELECT id FROM action_plans));
--> statement-breakpoint
SELECT app_search_refresh('funding_programme', ARRAY(SELECT id FROM funding_programmes));
