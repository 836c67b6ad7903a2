-- Whether a query matches more than `n` rows of the index, counting no further (who may see them
-- does not matter: the search asks it to learn whether a word is as common as the planner's
-- statistics say). Read through the word index: with the estimate of an overrated word, the
-- planner would scan the table until it found `n` rows, i.e. all of it. As the owner, since the
-- read rule of the table would keep the index from being used.
CREATE OR REPLACE FUNCTION app_search_more_matches_than(query tsquery, n integer) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET enable_seqscan = off
  AS $$
    SELECT count(*) > n FROM (SELECT 1 FROM search_entries e WHERE e.tsv @@ query LIMIT n + 1) x
  $$;
