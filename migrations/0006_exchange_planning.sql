CREATE TABLE "agenda_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"day" date NOT NULL,
	"starts_at" time,
	"ends_at" time,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"theme_id" uuid,
	"facilitator_person_id" uuid,
	"project_group_id" uuid,
	"room" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_sessions_kind_check" CHECK ("agenda_sessions"."kind" IN ('talk', 'discussion', 'workshop', 'project_group', 'walking_tour', 'site_visit', 'reception', 'break')),
	CONSTRAINT "agenda_sessions_times_check" CHECK ("agenda_sessions"."ends_at" IS NULL OR "agenda_sessions"."starts_at" IS NULL OR "agenda_sessions"."ends_at" > "agenda_sessions"."starts_at"),
	CONSTRAINT "agenda_sessions_end_needs_start_check" CHECK ("agenda_sessions"."ends_at" IS NULL OR "agenda_sessions"."starts_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "exchange_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" jsonb NOT NULL,
	"owner_person_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"theme_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_outcomes_kind_check" CHECK ("exchange_outcomes"."kind" IN ('decision', 'idea', 'task')),
	CONSTRAINT "exchange_outcomes_status_check" CHECK ("exchange_outcomes"."status" IN ('open', 'in_progress', 'done', 'dropped'))
);
--> statement-breakpoint
CREATE TABLE "exchange_stops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"place_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"site_visits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "exchange_stops_dates_check" CHECK ("exchange_stops"."end_date" >= "exchange_stops"."start_date")
);
--> statement-breakpoint
CREATE TABLE "exchange_themes" (
	"exchange_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "exchange_themes_exchange_id_theme_id_pk" PRIMARY KEY("exchange_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "calendar_feed_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "exchange_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"delegation_id" uuid,
	"organization_id" uuid,
	"country_code" char(2),
	"state" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"invited_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"invitation_token_hash" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_registrations_state_check" CHECK ("exchange_registrations"."state" IN ('invited', 'registered', 'waitlisted', 'confirmed', 'attended', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "network_member_unavailability" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_member_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_member_unavailability_period_check" CHECK ("network_member_unavailability"."to_date" >= "network_member_unavailability"."from_date")
);
--> statement-breakpoint
CREATE TABLE "partnership_themes" (
	"partnership_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "partnership_themes_partnership_id_theme_id_pk" PRIMARY KEY("partnership_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "project_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_group_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"party_id" uuid,
	"role" text DEFAULT 'member' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_group_members_role_check" CHECK ("project_group_members"."role" IN ('lead', 'member'))
);
--> statement-breakpoint
CREATE TABLE "project_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"theme_id" uuid,
	"formed_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_groups_status_check" CHECK ("project_groups"."status" IN ('active', 'paused', 'closed'))
);
--> statement-breakpoint
DROP INDEX "exchanges_partnership_idx";--> statement-breakpoint
DROP INDEX "exchanges_network_idx";--> statement-breakpoint
ALTER TABLE "exchanges" ADD COLUMN "host_network_member_id" uuid;--> statement-breakpoint
ALTER TABLE "agenda_sessions" ADD CONSTRAINT "agenda_sessions_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_sessions" ADD CONSTRAINT "agenda_sessions_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_sessions" ADD CONSTRAINT "agenda_sessions_facilitator_person_id_people_id_fk" FOREIGN KEY ("facilitator_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_sessions" ADD CONSTRAINT "agenda_sessions_project_group_id_project_groups_id_fk" FOREIGN KEY ("project_group_id") REFERENCES "public"."project_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_outcomes" ADD CONSTRAINT "exchange_outcomes_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_outcomes" ADD CONSTRAINT "exchange_outcomes_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_outcomes" ADD CONSTRAINT "exchange_outcomes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_outcomes" ADD CONSTRAINT "exchange_outcomes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_stops" ADD CONSTRAINT "exchange_stops_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_stops" ADD CONSTRAINT "exchange_stops_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_themes" ADD CONSTRAINT "exchange_themes_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_themes" ADD CONSTRAINT "exchange_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_registrations" ADD CONSTRAINT "exchange_registrations_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_registrations" ADD CONSTRAINT "exchange_registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_registrations" ADD CONSTRAINT "exchange_registrations_delegation_id_exchange_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."exchange_delegations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_registrations" ADD CONSTRAINT "exchange_registrations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_registrations" ADD CONSTRAINT "exchange_registrations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member_unavailability" ADD CONSTRAINT "network_member_unavailability_network_member_id_network_members_id_fk" FOREIGN KEY ("network_member_id") REFERENCES "public"."network_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_member_unavailability" ADD CONSTRAINT "network_member_unavailability_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_themes" ADD CONSTRAINT "partnership_themes_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_themes" ADD CONSTRAINT "partnership_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_group_members" ADD CONSTRAINT "project_group_members_project_group_id_project_groups_id_fk" FOREIGN KEY ("project_group_id") REFERENCES "public"."project_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_group_members" ADD CONSTRAINT "project_group_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_group_members" ADD CONSTRAINT "project_group_members_party_id_partnership_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."partnership_parties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_groups" ADD CONSTRAINT "project_groups_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_groups" ADD CONSTRAINT "project_groups_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_groups" ADD CONSTRAINT "project_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_sessions_exchange_idx" ON "agenda_sessions" USING btree ("exchange_id","day","starts_at");--> statement-breakpoint
CREATE INDEX "agenda_sessions_facilitator_idx" ON "agenda_sessions" USING btree ("facilitator_person_id");--> statement-breakpoint
CREATE INDEX "exchange_outcomes_exchange_idx" ON "exchange_outcomes" USING btree ("exchange_id","created_at");--> statement-breakpoint
CREATE INDEX "exchange_outcomes_owner_idx" ON "exchange_outcomes" USING btree ("owner_person_id","due_on");--> statement-breakpoint
CREATE INDEX "exchange_stops_exchange_idx" ON "exchange_stops" USING btree ("exchange_id","position");--> statement-breakpoint
CREATE INDEX "exchange_stops_place_idx" ON "exchange_stops" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "exchange_themes_theme_idx" ON "exchange_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_user_idx" ON "calendar_feed_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_hash_idx" ON "calendar_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_registrations_person_idx" ON "exchange_registrations" USING btree ("exchange_id","person_id");--> statement-breakpoint
CREATE INDEX "exchange_registrations_queue_idx" ON "exchange_registrations" USING btree ("exchange_id","registered_at","id");--> statement-breakpoint
CREATE INDEX "exchange_registrations_state_idx" ON "exchange_registrations" USING btree ("exchange_id","state","registered_at","id");--> statement-breakpoint
CREATE INDEX "exchange_registrations_person_lookup_idx" ON "exchange_registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "exchange_registrations_delegation_idx" ON "exchange_registrations" USING btree ("delegation_id");--> statement-breakpoint
CREATE INDEX "exchange_registrations_organization_idx" ON "exchange_registrations" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_registrations_invitation_idx" ON "exchange_registrations" USING btree ("invitation_token_hash");--> statement-breakpoint
CREATE INDEX "network_member_unavailability_member_idx" ON "network_member_unavailability" USING btree ("network_member_id","from_date");--> statement-breakpoint
CREATE INDEX "partnership_themes_theme_idx" ON "partnership_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "project_group_members_person_idx" ON "project_group_members" USING btree ("project_group_id","person_id");--> statement-breakpoint
CREATE INDEX "project_group_members_person_lookup_idx" ON "project_group_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "project_group_members_party_idx" ON "project_group_members" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "project_groups_partnership_idx" ON "project_groups" USING btree ("partnership_id","formed_on","id");--> statement-breakpoint
CREATE INDEX "project_groups_theme_idx" ON "project_groups" USING btree ("theme_id");--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_host_network_member_id_network_members_id_fk" FOREIGN KEY ("host_network_member_id") REFERENCES "public"."network_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "people_user_idx" ON "people" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "exchanges_kind_start_idx" ON "exchanges" USING btree ("kind","start_date","id");--> statement-breakpoint
CREATE INDEX "exchanges_host_member_idx" ON "exchanges" USING btree ("host_network_member_id");--> statement-breakpoint
CREATE INDEX "exchanges_partnership_idx" ON "exchanges" USING btree ("partnership_id","start_date","id");--> statement-breakpoint
CREATE INDEX "exchanges_network_idx" ON "exchanges" USING btree ("network_id","start_date","id");--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_duration_check" CHECK ("exchanges"."end_date" - "exchanges"."start_date" <= 366);