-- Words of the index that contain one of the fragments (the root and stem of a German word of a query), from what
-- the viewer may see: the service keeps those that are compounds with the word as one of their
-- parts (Städtepartnerschaft for Partnerschaft). Through a function because LIKE is not
-- leakproof: under row-level security the trigram index would not be used.
CREATE OR REPLACE FUNCTION app_search_terms_containing(fragments text[], how_many integer)
  RETURNS TABLE (term text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT t.term
    FROM search_terms t
    WHERE t.term LIKE ANY (ARRAY(SELECT '%' || f || '%' FROM unnest(fragments) f)) AND t.term <> ALL (fragments)
      AND (current_setting('role', true) IS DISTINCT FROM 'stadtdialog_app'
        OR t.scope = 'public' OR t.scope = ANY ((app_viewer_workspaces())::text[]))
    GROUP BY t.term
    ORDER BY length(t.term), t.term
    LIMIT how_many
  $$;
