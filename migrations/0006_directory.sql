CREATE TABLE "organization_themes" (
	"organization_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "organization_themes_organization_id_theme_id_pk" PRIMARY KEY("organization_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "affiliations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text,
	"from_date" date,
	"to_date" date,
	CONSTRAINT "affiliations_period_check" CHECK ("affiliations"."to_date" IS NULL OR "affiliations"."from_date" IS NULL OR "affiliations"."to_date" >= "affiliations"."from_date")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"honorific" text,
	"email" text,
	"phone" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"user_id" uuid,
	"consent_basis" text,
	"consent_obtained_on" date,
	"consent_note" text,
	"consent_recorded_by" uuid,
	"consent_recorded_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	"sort_name" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(family_name || ' ' || given_name))) STORED NOT NULL,
	CONSTRAINT "people_visibility_check" CHECK ("people"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "people_consent_basis_check" CHECK ("people"."consent_basis" IN ('consent', 'contract', 'legitimate_interest', 'public_task')),
	CONSTRAINT "people_consent_complete_check" CHECK (("people"."consent_basis" IS NULL) = ("people"."consent_recorded_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "person_themes" (
	"person_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "person_themes_person_id_theme_id_pk" PRIMARY KEY("person_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "place_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"name" text NOT NULL,
	"language" text,
	"kind" text NOT NULL,
	"plain_key" text NOT NULL,
	"search_key" text NOT NULL,
	"reversed_key" text GENERATED ALWAYS AS (reverse(search_key)) STORED NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"created_by" uuid,
	"country_code" char(2),
	"population" integer,
	CONSTRAINT "place_names_kind_check" CHECK ("place_names"."kind" IN ('local', 'name', 'alias')),
	CONSTRAINT "place_names_visibility_check" CHECK ("place_names"."visibility" IN ('public', 'workspace', 'private'))
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"parent_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"sort_name" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(coalesce(name->>'de', name->>'en', name->>'uk', slug)))) STORED NOT NULL,
	CONSTRAINT "themes_visibility_check" CHECK ("themes"."visibility" IN ('public', 'workspace', 'private'))
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "description" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "country_code" char(2);--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "sort_name" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(name))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(name || ' ' || coalesce(short_name, '') || ' ' || coalesce(names->>'de', '') || ' ' || coalesce(names->>'en', '') || ' ' || coalesce(names->>'uk', '')))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "admin_code" text;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "sort_name" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(name))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "organization_themes" ADD CONSTRAINT "organization_themes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_themes" ADD CONSTRAINT "organization_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_consent_recorded_by_users_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_themes" ADD CONSTRAINT "person_themes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_themes" ADD CONSTRAINT "person_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_names" ADD CONSTRAINT "place_names_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_names" ADD CONSTRAINT "place_names_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_names" ADD CONSTRAINT "place_names_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_parent_id_themes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organization_themes_theme_idx" ON "organization_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "affiliations_person_idx" ON "affiliations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "affiliations_organization_idx" ON "affiliations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "people_sort_idx" ON "people" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "people_workspace_idx" ON "people" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("sort_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_themes_theme_idx" ON "person_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "place_names_place_idx" ON "place_names" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "place_names_search_prefix_idx" ON "place_names" USING btree ("search_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "place_names_reversed_idx" ON "place_names" USING btree ("reversed_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "place_names_plain_idx" ON "place_names" USING btree ("plain_key" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("workspace_id","slug");--> statement-breakpoint
CREATE INDEX "themes_parent_idx" ON "themes" USING btree ("parent_id","position");--> statement-breakpoint
CREATE INDEX "themes_sort_idx" ON "themes" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "organizations_sort_idx" ON "organizations" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "organizations_kind_sort_idx" ON "organizations" USING btree ("kind","sort_name","id");--> statement-breakpoint
CREATE INDEX "organizations_country_sort_idx" ON "organizations" USING btree ("country_code","sort_name","id");--> statement-breakpoint
CREATE INDEX "organizations_search_idx" ON "organizations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "places_sort_idx" ON "places" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "places_country_sort_idx" ON "places" USING btree ("country_code","sort_name","id");