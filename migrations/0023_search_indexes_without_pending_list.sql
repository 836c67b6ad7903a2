-- GIN indexes with "fastupdate" keep new entries in an unsorted pending list until VACUUM or
-- autoanalyze merges it, and every search reads that whole list. After a bulk write (the demo
-- data, the gazetteer, an import) searches took seconds until autovacuum came by. Entries now go
-- straight into the index, and what waits in the lists is merged now.
ALTER INDEX "organizations_search_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "people_search_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "search_entries_tsv_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "search_entries_head_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "search_terms_trgm_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list(index_name::regclass)
  FROM unnest(ARRAY['organizations_search_idx', 'people_search_idx', 'search_entries_tsv_idx', 'search_entries_head_idx', 'search_terms_trgm_idx']) AS index_name;
