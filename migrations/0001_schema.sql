CREATE TABLE "oidc_identities" (
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oidc_identities_issuer_subject_pk" PRIMARY KEY("issuer","subject")
);
--> statement-breakpoint
CREATE TABLE "one_time_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"token_hash" text NOT NULL,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "one_time_tokens_purpose_check" CHECK ("one_time_tokens"."purpose" IN ('verify_email', 'reset_password'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idle_expires_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL,
	"user_agent" text,
	"ip_address" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"language" text DEFAULT 'de' NOT NULL,
	"password_hash" text,
	"email_verified_at" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_language_check" CHECK ("users"."language" IN ('de', 'en', 'uk'))
);
--> statement-breakpoint
CREATE TABLE "organization_themes" (
	"organization_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "organization_themes_organization_id_theme_id_pk" PRIMARY KEY("organization_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"names" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"short_name" text,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"seat_place_id" uuid,
	"country_code" char(2),
	"parent_id" uuid,
	"website" text,
	"email" text,
	"phone" text,
	"address" text,
	"sort_name" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(name))) STORED NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(name || ' ' || coalesce(short_name, '') || ' ' || coalesce(names->>'de', '') || ' ' || coalesce(names->>'en', '') || ' ' || coalesce(names->>'uk', '')))) STORED NOT NULL,
	CONSTRAINT "organizations_visibility_check" CHECK ("organizations"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "organizations_kind_check" CHECK ("organizations"."kind" IN ('municipal_office', 'municipal_enterprise', 'utility', 'ministry', 'parliament', 'development_agency', 'network', 'consultancy', 'ngo', 'housing_cooperative', 'community_centre', 'university', 'company'))
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
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"scope" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_scope_check" CHECK ("api_tokens"."scope" IN ('read', 'write'))
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"workspace_id" uuid,
	"actor_user_id" uuid,
	"actor_kind" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"label" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	CONSTRAINT "audit_events_action_check" CHECK ("audit_events"."action" IN ('create', 'update', 'delete', 'merge', 'restore')),
	CONSTRAINT "audit_events_actor_kind_check" CHECK ("audit_events"."actor_kind" IN ('user', 'token', 'system'))
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
	"created_by" uuid,
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
	"created_by" uuid,
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
CREATE TABLE "instance_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mail_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
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
	"created_by" uuid,
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
	"created_by" uuid,
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
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"names" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"country_code" char(2),
	"iso_code" text,
	"admin_code" text,
	"ags" text,
	"katottg" text,
	"geonames_id" integer,
	"population" integer,
	"latitude" double precision,
	"longitude" double precision,
	"boundary" jsonb,
	"sort_name" text GENERATED ALWAYS AS (lower(public.immutable_unaccent(name))) STORED NOT NULL,
	CONSTRAINT "places_visibility_check" CHECK ("places"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "places_kind_check" CHECK ("places"."kind" IN ('country', 'state', 'municipality', 'district', 'quarter', 'area'))
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
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"email" text,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "invitations_role_check" CHECK ("invitations"."role" IN ('owner', 'coordinator', 'member', 'guest'))
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_workspace_id_user_id_pk" PRIMARY KEY("workspace_id","user_id"),
	CONSTRAINT "memberships_role_check" CHECK ("memberships"."role" IN ('owner', 'coordinator', 'member', 'guest'))
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workspaces_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "oidc_identities" ADD CONSTRAINT "oidc_identities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_time_tokens" ADD CONSTRAINT "one_time_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_themes" ADD CONSTRAINT "organization_themes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_themes" ADD CONSTRAINT "organization_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_seat_place_id_places_id_fk" FOREIGN KEY ("seat_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affiliations" ADD CONSTRAINT "affiliations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_consent_recorded_by_users_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_themes" ADD CONSTRAINT "person_themes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_themes" ADD CONSTRAINT "person_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_delegations" ADD CONSTRAINT "exchange_delegations_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_delegations" ADD CONSTRAINT "exchange_delegations_from_place_id_places_id_fk" FOREIGN KEY ("from_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_delegations" ADD CONSTRAINT "exchange_delegations_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_organizations" ADD CONSTRAINT "exchange_organizations_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_organizations" ADD CONSTRAINT "exchange_organizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_series" ADD CONSTRAINT "exchange_series_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_series" ADD CONSTRAINT "exchange_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_venue_place_id_places_id_fk" FOREIGN KEY ("venue_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_series_id_exchange_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."exchange_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_region_place_id_places_id_fk" FOREIGN KEY ("region_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_parties" ADD CONSTRAINT "partnership_parties_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_parties" ADD CONSTRAINT "partnership_parties_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_parties" ADD CONSTRAINT "partnership_parties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_parent_id_partnerships_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_names" ADD CONSTRAINT "place_names_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_names" ADD CONSTRAINT "place_names_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_names" ADD CONSTRAINT "place_names_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_parent_id_places_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_parent_id_themes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oidc_identities_user_idx" ON "oidc_identities" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "one_time_tokens_hash_idx" ON "one_time_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "one_time_tokens_user_idx" ON "one_time_tokens" USING btree ("user_id","purpose");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "organization_themes_theme_idx" ON "organization_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "organizations_seat_idx" ON "organizations" USING btree ("seat_place_id");--> statement-breakpoint
CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organizations_workspace_idx" ON "organizations" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "organizations_sort_idx" ON "organizations" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "organizations_kind_sort_idx" ON "organizations" USING btree ("kind","sort_name","id");--> statement-breakpoint
CREATE INDEX "organizations_country_sort_idx" ON "organizations" USING btree ("country_code","sort_name","id");--> statement-breakpoint
CREATE INDEX "organizations_search_idx" ON "organizations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "affiliations_person_idx" ON "affiliations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "affiliations_organization_idx" ON "affiliations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "people_sort_idx" ON "people" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "people_workspace_idx" ON "people" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("sort_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_themes_theme_idx" ON "person_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_idx" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_workspace_idx" ON "audit_events" USING btree ("workspace_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id","occurred_at");--> statement-breakpoint
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
CREATE INDEX "mail_outbox_pending_idx" ON "mail_outbox" USING btree ("sent_at","id");--> statement-breakpoint
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
CREATE INDEX "place_names_place_idx" ON "place_names" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "place_names_search_prefix_idx" ON "place_names" USING btree ("search_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "place_names_reversed_idx" ON "place_names" USING btree ("reversed_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "place_names_plain_idx" ON "place_names" USING btree ("plain_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "places_parent_idx" ON "places" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "places_country_idx" ON "places" USING btree ("country_code");--> statement-breakpoint
CREATE UNIQUE INDEX "places_geonames_idx" ON "places" USING btree ("geonames_id");--> statement-breakpoint
CREATE INDEX "places_workspace_idx" ON "places" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "places_sort_idx" ON "places" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "places_country_sort_idx" ON "places" USING btree ("country_code","sort_name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "themes_slug_idx" ON "themes" USING btree ("workspace_id","slug");--> statement-breakpoint
CREATE INDEX "themes_parent_idx" ON "themes" USING btree ("parent_id","position");--> statement-breakpoint
CREATE INDEX "themes_sort_idx" ON "themes" USING btree ("sort_name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_idx" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_workspace_idx" ON "invitations" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id","workspace_id");