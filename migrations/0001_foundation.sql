CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"names" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"short_name" text,
	"seat_place_id" uuid,
	"parent_id" uuid,
	"website" text,
	"email" text,
	"phone" text,
	"address" text,
	CONSTRAINT "organizations_visibility_check" CHECK ("organizations"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "organizations_kind_check" CHECK ("organizations"."kind" IN ('municipal_office', 'municipal_enterprise', 'utility', 'ministry', 'parliament', 'development_agency', 'network', 'consultancy', 'ngo', 'housing_cooperative', 'community_centre', 'university', 'company'))
);
--> statement-breakpoint
CREATE TABLE "exchange_delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"from_place_id" uuid,
	"from_organization_id" uuid,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"size" integer,
	"note" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "exchange_delegations_origin_check" CHECK (("exchange_delegations"."from_place_id" IS NOT NULL)::int + ("exchange_delegations"."from_organization_id" IS NOT NULL)::int = 1),
	CONSTRAINT "exchange_delegations_size_check" CHECK ("exchange_delegations"."size" IS NULL OR "exchange_delegations"."size" > 0),
	CONSTRAINT "exchange_delegations_sectors_check" CHECK ("exchange_delegations"."sectors" <@ ARRAY['parliament', 'administration', 'municipal_enterprise', 'utility', 'social_institution', 'civil_society', 'private_sector', 'academia', 'ministry']::text[])
);
--> statement-breakpoint
CREATE TABLE "exchange_organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "exchange_organizations_role_check" CHECK ("exchange_organizations"."role" IN ('host', 'organizer', 'implementer', 'funder', 'client', 'support'))
);
--> statement-breakpoint
CREATE TABLE "exchange_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"title" jsonb NOT NULL,
	"planned_parts" integer,
	CONSTRAINT "exchange_series_visibility_check" CHECK ("exchange_series"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "exchange_series_planned_parts_check" CHECK ("exchange_series"."planned_parts" IS NULL OR "exchange_series"."planned_parts" > 0)
);
--> statement-breakpoint
CREATE TABLE "exchanges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"time_zone" text DEFAULT 'Europe/Berlin' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"venue_place_id" uuid,
	"venue_name" text,
	"partnership_id" uuid,
	"network_id" uuid,
	"series_id" uuid,
	"series_part" integer,
	"capacity" integer,
	"reported_participants" integer,
	CONSTRAINT "exchanges_visibility_check" CHECK ("exchanges"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "exchanges_kind_check" CHECK ("exchanges"."kind" IN ('delegation_visit', 'return_visit', 'workshop', 'conference', 'peer_learning_trip', 'network_meeting', 'site_visit', 'online_session')),
	CONSTRAINT "exchanges_status_check" CHECK ("exchanges"."status" IN ('planned', 'confirmed', 'completed', 'cancelled')),
	CONSTRAINT "exchanges_dates_check" CHECK ("exchanges"."end_date" >= "exchanges"."start_date"),
	CONSTRAINT "exchanges_capacity_check" CHECK ("exchanges"."capacity" IS NULL OR "exchanges"."capacity" >= 0),
	CONSTRAINT "exchanges_reported_participants_check" CHECK ("exchanges"."reported_participants" IS NULL OR "exchanges"."reported_participants" >= 0),
	CONSTRAINT "exchanges_series_part_check" CHECK (("exchanges"."series_id" IS NULL) = ("exchanges"."series_part" IS NULL) AND ("exchanges"."series_part" IS NULL OR "exchanges"."series_part" > 0))
);
--> statement-breakpoint
CREATE TABLE "network_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"place_id" uuid,
	"organization_id" uuid,
	"joined_on" date,
	"left_on" date,
	CONSTRAINT "network_members_one_member_check" CHECK (("network_members"."place_id" IS NOT NULL)::int + ("network_members"."organization_id" IS NOT NULL)::int = 1),
	CONSTRAINT "network_members_left_after_joined_check" CHECK ("network_members"."left_on" IS NULL OR "network_members"."joined_on" IS NULL OR "network_members"."left_on" >= "network_members"."joined_on")
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" jsonb NOT NULL,
	"short_name" text,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"organization_id" uuid,
	"region_place_id" uuid,
	"cadence" text NOT NULL,
	"founded_year" integer,
	"sort_name" text GENERATED ALWAYS AS (lower(coalesce(name->>'de', name->>'en', name->>'uk', ''))) STORED NOT NULL,
	CONSTRAINT "networks_visibility_check" CHECK ("networks"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "networks_cadence_check" CHECK ("networks"."cadence" IN ('monthly', 'quarterly', 'half_yearly', 'yearly', 'irregular'))
);
--> statement-breakpoint
CREATE TABLE "partnership_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"place_id" uuid,
	"organization_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "partnership_parties_one_party_check" CHECK (("partnership_parties"."place_id" IS NOT NULL)::int + ("partnership_parties"."organization_id" IS NOT NULL)::int = 1)
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"since" date,
	"since_precision" text DEFAULT 'day' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"ended_on" date,
	"parent_id" uuid,
	"sort_title" text GENERATED ALWAYS AS (lower(coalesce(title->>'de', title->>'en', title->>'uk', ''))) STORED NOT NULL,
	CONSTRAINT "partnerships_visibility_check" CHECK ("partnerships"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "partnerships_kind_check" CHECK ("partnerships"."kind" IN ('city_twinning', 'district_partnership', 'project_partnership', 'friendship', 'contact', 'network_membership')),
	CONSTRAINT "partnerships_status_check" CHECK ("partnerships"."status" IN ('planned', 'active', 'dormant', 'ended')),
	CONSTRAINT "partnerships_since_precision_check" CHECK ("partnerships"."since_precision" IN ('year', 'month', 'day')),
	CONSTRAINT "partnerships_ended_after_since_check" CHECK ("partnerships"."ended_on" IS NULL OR "partnerships"."since" IS NULL OR "partnerships"."ended_on" >= "partnerships"."since")
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"names" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"country_code" char(2),
	"iso_code" text,
	"ags" text,
	"katottg" text,
	"geonames_id" integer,
	"population" integer,
	"latitude" double precision,
	"longitude" double precision,
	"boundary" jsonb,
	CONSTRAINT "places_visibility_check" CHECK ("places"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "places_kind_check" CHECK ("places"."kind" IN ('country', 'state', 'municipality', 'district', 'quarter', 'area'))
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspaces_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_seat_place_id_places_id_fk" FOREIGN KEY ("seat_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_delegations" ADD CONSTRAINT "exchange_delegations_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_delegations" ADD CONSTRAINT "exchange_delegations_from_place_id_places_id_fk" FOREIGN KEY ("from_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_delegations" ADD CONSTRAINT "exchange_delegations_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_organizations" ADD CONSTRAINT "exchange_organizations_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_organizations" ADD CONSTRAINT "exchange_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_series" ADD CONSTRAINT "exchange_series_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_venue_place_id_places_id_fk" FOREIGN KEY ("venue_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_series_id_exchange_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."exchange_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_region_place_id_places_id_fk" FOREIGN KEY ("region_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_parties" ADD CONSTRAINT "partnership_parties_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_parties" ADD CONSTRAINT "partnership_parties_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_parties" ADD CONSTRAINT "partnership_parties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_parent_id_partnerships_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_parent_id_places_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organizations_seat_idx" ON "organizations" USING btree ("seat_place_id");--> statement-breakpoint
CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organizations_workspace_idx" ON "organizations" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "exchange_delegations_exchange_idx" ON "exchange_delegations" USING btree ("exchange_id");--> statement-breakpoint
CREATE INDEX "exchange_delegations_place_idx" ON "exchange_delegations" USING btree ("from_place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_organizations_unique_idx" ON "exchange_organizations" USING btree ("exchange_id","organization_id","role");--> statement-breakpoint
CREATE INDEX "exchange_organizations_organization_idx" ON "exchange_organizations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "exchanges_start_idx" ON "exchanges" USING btree ("start_date","id");--> statement-breakpoint
CREATE INDEX "exchanges_partnership_idx" ON "exchanges" USING btree ("partnership_id","start_date");--> statement-breakpoint
CREATE INDEX "exchanges_network_idx" ON "exchanges" USING btree ("network_id","start_date");--> statement-breakpoint
CREATE INDEX "exchanges_series_idx" ON "exchanges" USING btree ("series_id","series_part");--> statement-breakpoint
CREATE INDEX "exchanges_venue_idx" ON "exchanges" USING btree ("venue_place_id");--> statement-breakpoint
CREATE INDEX "exchanges_workspace_idx" ON "exchanges" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_members_place_idx" ON "network_members" USING btree ("network_id","place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_members_organization_idx" ON "network_members" USING btree ("network_id","organization_id");--> statement-breakpoint
CREATE INDEX "networks_sort_idx" ON "networks" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "networks_workspace_idx" ON "networks" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_parties_place_idx" ON "partnership_parties" USING btree ("partnership_id","place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_parties_organization_idx" ON "partnership_parties" USING btree ("partnership_id","organization_id");--> statement-breakpoint
CREATE INDEX "partnership_parties_place_lookup_idx" ON "partnership_parties" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "partnership_parties_organization_lookup_idx" ON "partnership_parties" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "partnerships_sort_idx" ON "partnerships" USING btree ("sort_title","id");--> statement-breakpoint
CREATE INDEX "partnerships_since_idx" ON "partnerships" USING btree ("since","id");--> statement-breakpoint
CREATE INDEX "partnerships_parent_idx" ON "partnerships" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "partnerships_workspace_idx" ON "partnerships" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "places_parent_idx" ON "places" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "places_country_idx" ON "places" USING btree ("country_code");--> statement-breakpoint
CREATE UNIQUE INDEX "places_geonames_idx" ON "places" USING btree ("geonames_id");--> statement-breakpoint
CREATE INDEX "places_workspace_idx" ON "places" USING btree ("workspace_id");