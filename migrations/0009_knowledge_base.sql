CREATE TABLE "document_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"state" text DEFAULT 'new' NOT NULL,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"moderation_note" text,
	"edited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_comments_state_check" CHECK ("document_comments"."state" IN ('new', 'approved', 'hidden')),
	CONSTRAINT "document_comments_body_check" CHECK (length("document_comments"."body") BETWEEN 1 AND 5000)
);
--> statement-breakpoint
CREATE TABLE "document_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"text_state" text DEFAULT 'none' NOT NULL,
	"extracted_text" text,
	"page_count" integer,
	"text_error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_files_text_state_check" CHECK ("document_files"."text_state" IN ('none', 'extracted', 'failed')),
	CONSTRAINT "document_files_size_check" CHECK ("document_files"."byte_size" >= 0 AND "document_files"."byte_size" = octet_length("document_files"."data"))
);
--> statement-breakpoint
CREATE TABLE "document_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"partnership_id" uuid,
	"exchange_id" uuid,
	"network_id" uuid,
	"place_id" uuid,
	"organization_id" uuid,
	"person_id" uuid,
	"project_id" uuid,
	"action_plan_id" uuid,
	"funding_programme_id" uuid,
	"theme_id" uuid,
	"origin" text DEFAULT 'manual' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_links_one_record_check" CHECK (("document_links"."partnership_id" IS NOT NULL)::int + ("document_links"."exchange_id" IS NOT NULL)::int + ("document_links"."network_id" IS NOT NULL)::int + ("document_links"."place_id" IS NOT NULL)::int + ("document_links"."organization_id" IS NOT NULL)::int + ("document_links"."person_id" IS NOT NULL)::int + ("document_links"."project_id" IS NOT NULL)::int + ("document_links"."action_plan_id" IS NOT NULL)::int + ("document_links"."funding_programme_id" IS NOT NULL)::int + ("document_links"."theme_id" IS NOT NULL)::int = 1),
	CONSTRAINT "document_links_origin_check" CHECK ("document_links"."origin" IN ('manual', 'review'))
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"language_source" text DEFAULT 'detected' NOT NULL,
	"title" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"source_url" text,
	"published_on" date,
	"sort_date" date NOT NULL,
	"origin" text DEFAULT 'form' NOT NULL,
	"content_hash" text,
	"good_practice" jsonb,
	"extracted_at" timestamp with time zone,
	"extracted_from" text,
	CONSTRAINT "documents_visibility_check" CHECK ("documents"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "documents_kind_check" CHECK ("documents"."kind" IN ('news', 'report', 'minutes', 'presentation', 'concept', 'good_practice')),
	CONSTRAINT "documents_language_check" CHECK ("documents"."language" IN ('de', 'en', 'uk')),
	CONSTRAINT "documents_language_source_check" CHECK ("documents"."language_source" IN ('detected', 'given')),
	CONSTRAINT "documents_origin_check" CHECK ("documents"."origin" IN ('form', 'paste', 'upload', 'ingest', 'demo')),
	CONSTRAINT "documents_good_practice_check" CHECK ("documents"."good_practice" IS NULL OR "documents"."kind" = 'good_practice'),
	CONSTRAINT "documents_title_check" CHECK (length("documents"."title") BETWEEN 1 AND 500)
);
--> statement-breakpoint
CREATE TABLE "document_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"field" text NOT NULL,
	"position" integer NOT NULL,
	"proposal" jsonb NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"decision" jsonb,
	"record_type" text,
	"record_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_proposals_field_check" CHECK ("document_proposals"."field" IN ('exchange', 'municipality', 'organization', 'theme', 'funding_programme', 'partnership')),
	CONSTRAINT "document_proposals_state_check" CHECK ("document_proposals"."state" IN ('pending', 'accepted', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "search_entries" (
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"created_by" uuid,
	"title" jsonb NOT NULL,
	"kind" text,
	"language" text,
	"year" integer,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"theme_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_entries_record_type_record_id_pk" PRIMARY KEY("record_type","record_id")
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text NOT NULL,
	"scope" text NOT NULL,
	CONSTRAINT "search_terms_term_scope_pk" PRIMARY KEY("term","scope")
);
--> statement-breakpoint
ALTER TABLE "document_comments" ADD CONSTRAINT "document_comments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_comments" ADD CONSTRAINT "document_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_comments" ADD CONSTRAINT "document_comments_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_files" ADD CONSTRAINT "document_files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_funding_programme_id_funding_programmes_id_fk" FOREIGN KEY ("funding_programme_id") REFERENCES "public"."funding_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_proposals" ADD CONSTRAINT "document_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_comments_document_idx" ON "document_comments" USING btree ("document_id","created_at","id");--> statement-breakpoint
CREATE INDEX "document_files_document_idx" ON "document_files" USING btree ("document_id","created_at");--> statement-breakpoint
CREATE INDEX "document_links_document_idx" ON "document_links" USING btree ("document_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_partnership_idx" ON "document_links" USING btree ("partnership_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_exchange_idx" ON "document_links" USING btree ("exchange_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_network_idx" ON "document_links" USING btree ("network_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_place_idx" ON "document_links" USING btree ("place_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_organization_idx" ON "document_links" USING btree ("organization_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_person_idx" ON "document_links" USING btree ("person_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_project_idx" ON "document_links" USING btree ("project_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_action_plan_idx" ON "document_links" USING btree ("action_plan_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_funding_programme_idx" ON "document_links" USING btree ("funding_programme_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_links_theme_idx" ON "document_links" USING btree ("theme_id","document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_content_idx" ON "documents" USING btree ("workspace_id","content_hash") WHERE "documents"."content_hash" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "documents_sort_idx" ON "documents" USING btree ("sort_date","id");--> statement-breakpoint
CREATE INDEX "documents_kind_sort_idx" ON "documents" USING btree ("kind","sort_date","id");--> statement-breakpoint
CREATE INDEX "documents_workspace_idx" ON "documents" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "document_proposals_document_idx" ON "document_proposals" USING btree ("document_id","position");--> statement-breakpoint
CREATE INDEX "document_proposals_pending_idx" ON "document_proposals" USING btree ("document_id") WHERE "document_proposals"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "search_entries_tsv_idx" ON "search_entries" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_entries_workspace_idx" ON "search_entries" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);