CREATE TABLE "matching_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"theme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" jsonb NOT NULL,
	"urgency" text DEFAULT 'medium' NOT NULL,
	"until" date,
	"plain_text" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(coalesce(description->>'de', '') || ' ' || coalesce(description->>'en', '') || ' ' || coalesce(description->>'uk', '')))) STORED NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('german'::regconfig, coalesce(description->>'de', '')) || to_tsvector('english'::regconfig, coalesce(description->>'en', '')) || to_tsvector('simple'::regconfig, coalesce(description->>'uk', ''))) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_items_direction_check" CHECK ("matching_items"."direction" IN ('need', 'offer')),
	CONSTRAINT "matching_items_kind_check" CHECK ("matching_items"."kind" IN ('know_how', 'equipment', 'staff_exchange', 'funding_partner', 'reconstruction', 'twinning')),
	CONSTRAINT "matching_items_urgency_check" CHECK ("matching_items"."urgency" IN ('low', 'medium', 'high'))
);
--> statement-breakpoint
CREATE TABLE "matching_profile_themes" (
	"profile_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "matching_profile_themes_profile_id_theme_id_pk" PRIMARY KEY("profile_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "matching_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"place_id" uuid,
	"organization_id" uuid,
	"person_id" uuid,
	"population" integer,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"partnership_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"contact_person_id" uuid,
	"availability" text,
	CONSTRAINT "matching_profiles_visibility_check" CHECK ("matching_profiles"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "matching_profiles_one_subject_check" CHECK (("matching_profiles"."place_id" IS NOT NULL)::int + ("matching_profiles"."organization_id" IS NOT NULL)::int + ("matching_profiles"."person_id" IS NOT NULL)::int = 1),
	CONSTRAINT "matching_profiles_population_check" CHECK ("matching_profiles"."population" IS NULL OR "matching_profiles"."population" >= 0),
	CONSTRAINT "matching_profiles_partnership_types_check" CHECK ("matching_profiles"."partnership_types" <@ ARRAY['partnership', 'friendship', 'contact', 'project_partnership', 'solidarity_partnership']::text[])
);
--> statement-breakpoint
ALTER TABLE "matching_items" ADD CONSTRAINT "matching_items_profile_id_matching_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."matching_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_items" ADD CONSTRAINT "matching_items_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_profile_themes" ADD CONSTRAINT "matching_profile_themes_profile_id_matching_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."matching_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_profile_themes" ADD CONSTRAINT "matching_profile_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_profiles" ADD CONSTRAINT "matching_profiles_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_profiles" ADD CONSTRAINT "matching_profiles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_profiles" ADD CONSTRAINT "matching_profiles_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_profiles" ADD CONSTRAINT "matching_profiles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_profiles" ADD CONSTRAINT "matching_profiles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_profiles" ADD CONSTRAINT "matching_profiles_contact_person_id_people_id_fk" FOREIGN KEY ("contact_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matching_items_profile_idx" ON "matching_items" USING btree ("profile_id","direction");--> statement-breakpoint
CREATE INDEX "matching_items_theme_idx" ON "matching_items" USING btree ("theme_id","direction");--> statement-breakpoint
CREATE INDEX "matching_items_search_idx" ON "matching_items" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "matching_items_trigram_idx" ON "matching_items" USING gin ("plain_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "matching_profile_themes_theme_idx" ON "matching_profile_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "matching_profiles_place_idx" ON "matching_profiles" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "matching_profiles_organization_idx" ON "matching_profiles" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "matching_profiles_person_idx" ON "matching_profiles" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "matching_profiles_workspace_idx" ON "matching_profiles" USING btree ("workspace_id");