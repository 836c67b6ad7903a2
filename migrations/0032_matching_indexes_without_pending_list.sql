-- Like the other GIN indexes (migration 0023): new entries go straight into the index, not into a pending list every search reads.
DROP INDEX "matching_items_search_idx";--> statement-breakpoint
DROP INDEX "matching_items_trigram_idx";--> statement-breakpoint
CREATE INDEX "matching_items_search_idx" ON "matching_items" USING gin ("search_vector") WITH (fastupdate=off);--> statement-breakpoint
CREATE INDEX "matching_items_trigram_idx" ON "matching_items" USING gin ("plain_text" gin_trgm_ops) WITH (fastupdate=off);