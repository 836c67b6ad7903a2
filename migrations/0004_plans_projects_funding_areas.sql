CREATE TABLE "area_indicator_values" (
	"monitor_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "area_indicator_values_indicator_id_place_id_period_pk" PRIMARY KEY("indicator_id","place_id","period")
);
--> statement-breakpoint
CREATE TABLE "area_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"monitor_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" jsonb NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"direction" text DEFAULT 'higher_is_worse' NOT NULL,
	"weight" double precision DEFAULT 1 NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "area_indicators_direction_check" CHECK ("area_indicators"."direction" IN ('higher_is_worse', 'higher_is_better')),
	CONSTRAINT "area_indicators_weight_check" CHECK ("area_indicators"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "area_monitor_areas" (
	"monitor_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	CONSTRAINT "area_monitor_areas_monitor_id_place_id_pk" PRIMARY KEY("monitor_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "area_monitors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"city_place_id" uuid,
	"project_id" uuid,
	"sort_title" text GENERATED ALWAYS AS (lower(coalesce(title->>'de', title->>'en', title->>'uk', ''))) STORED NOT NULL,
	CONSTRAINT "area_monitors_visibility_check" CHECK ("area_monitors"."visibility" IN ('public', 'workspace', 'private'))
);
--> statement-breakpoint
CREATE TABLE "area_pilot_selections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"monitor_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"period" text NOT NULL,
	"rationale" jsonb NOT NULL,
	"project_id" uuid,
	"selected_on" date NOT NULL,
	"need_index" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expenditures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"project_id" uuid,
	"measure_id" uuid,
	"grant_id" uuid,
	"spent_on" date NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "expenditures_visibility_check" CHECK ("expenditures"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "expenditures_amount_check" CHECK ("expenditures"."amount" >= 0),
	CONSTRAINT "expenditures_for_something_check" CHECK ("expenditures"."project_id" IS NOT NULL OR "expenditures"."measure_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "funding_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"instrument_id" uuid,
	"due_on" date NOT NULL,
	"label" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"level" text DEFAULT 'national' NOT NULL,
	"funder_organization_id" uuid,
	"period_start" date,
	"period_end" date,
	"website" text,
	"instruments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_name" text GENERATED ALWAYS AS (lower(coalesce(name->>'de', name->>'en', name->>'uk', ''))) STORED NOT NULL,
	CONSTRAINT "funding_programmes_visibility_check" CHECK ("funding_programmes"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "funding_programmes_level_check" CHECK ("funding_programmes"."level" IN ('eu', 'national', 'state', 'municipal', 'foundation', 'international')),
	CONSTRAINT "funding_programmes_period_check" CHECK ("funding_programmes"."period_end" IS NULL OR "funding_programmes"."period_start" IS NULL OR "funding_programmes"."period_end" >= "funding_programmes"."period_start")
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"programme_id" uuid NOT NULL,
	"instrument_id" uuid,
	"project_id" uuid,
	"measure_id" uuid,
	"recipient_organization_id" uuid,
	"reference" text DEFAULT '' NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"period_start" date,
	"period_end" date,
	"status" text DEFAULT 'approved' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "grants_visibility_check" CHECK ("grants"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "grants_status_check" CHECK ("grants"."status" IN ('applied', 'approved', 'running', 'closed', 'rejected')),
	CONSTRAINT "grants_amount_check" CHECK ("grants"."amount" >= 0),
	CONSTRAINT "grants_funds_something_check" CHECK ("grants"."project_id" IS NOT NULL OR "grants"."measure_id" IS NOT NULL),
	CONSTRAINT "grants_period_check" CHECK ("grants"."period_end" IS NULL OR "grants"."period_start" IS NULL OR "grants"."period_end" >= "grants"."period_start")
);
--> statement-breakpoint
CREATE TABLE "action_plan_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"side_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"user_id" uuid,
	"user_name" text NOT NULL,
	"agreed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan_measure_partners" (
	"measure_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "action_plan_measure_partners_measure_id_organization_id_pk" PRIMARY KEY("measure_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "action_plan_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"priority_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"responsible_organization_id" uuid,
	"start_date" date,
	"end_date" date,
	"budget" numeric(14, 2),
	"currency" text DEFAULT 'EUR' NOT NULL,
	"funding" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"project_id" uuid,
	"source_type" text,
	"source_id" uuid,
	"source_title" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plan_measures_budget_check" CHECK ("action_plan_measures"."budget" IS NULL OR "action_plan_measures"."budget" >= 0),
	CONSTRAINT "action_plan_measures_dates_check" CHECK ("action_plan_measures"."end_date" IS NULL OR "action_plan_measures"."start_date" IS NULL OR "action_plan_measures"."end_date" >= "action_plan_measures"."start_date"),
	CONSTRAINT "action_plan_measures_source_check" CHECK (("action_plan_measures"."source_type" IS NULL) = ("action_plan_measures"."source_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "action_plan_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"theme_id" uuid,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan_sides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"label" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"place_id" uuid,
	"organization_id" uuid,
	"workspace_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"revision" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"agreements" jsonb NOT NULL,
	"agreed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"scope" text NOT NULL,
	"partnership_id" uuid,
	"area_place_id" uuid,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"current_version" integer,
	"sort_title" text GENERATED ALWAYS AS (lower(coalesce(title->>'de', title->>'en', title->>'uk', ''))) STORED NOT NULL,
	CONSTRAINT "action_plans_visibility_check" CHECK ("action_plans"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "action_plans_scope_check" CHECK ("action_plans"."scope" IN ('partnership', 'area')),
	CONSTRAINT "action_plans_status_check" CHECK ("action_plans"."status" IN ('draft', 'agreed', 'active', 'done')),
	CONSTRAINT "action_plans_one_scope_check" CHECK (("action_plans"."partnership_id" IS NOT NULL)::int + ("action_plans"."area_place_id" IS NOT NULL)::int = 1),
	CONSTRAINT "action_plans_period_check" CHECK ("action_plans"."period_end" >= "action_plans"."period_start")
);
--> statement-breakpoint
CREATE TABLE "measure_progress_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"status" text NOT NULL,
	"indicator_values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"reporter_name" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_progress_updates_status_check" CHECK ("measure_progress_updates"."status" IN ('on_track', 'at_risk', 'delayed', 'done'))
);
--> statement-breakpoint
CREATE TABLE "project_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"organization_id" uuid,
	"person_id" uuid,
	"role" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_contacts_someone_check" CHECK ("project_contacts"."organization_id" IS NOT NULL OR "project_contacts"."person_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "project_partners" (
	"project_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text DEFAULT 'partner' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_partners_project_id_organization_id_pk" PRIMARY KEY("project_id","organization_id"),
	CONSTRAINT "project_partners_role_check" CHECK ("project_partners"."role" IN ('partner', 'consultancy', 'implementer', 'funder', 'advisor'))
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"goals" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"carrier_organization_id" uuid,
	"partnership_id" uuid,
	"pilot_area_place_id" uuid,
	"start_date" date,
	"end_date" date,
	"budget" numeric(14, 2),
	"currency" text DEFAULT 'EUR' NOT NULL,
	"website" text,
	"phases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outputs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"transferability" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_title" text GENERATED ALWAYS AS (lower(coalesce(title->>'de', title->>'en', title->>'uk', ''))) STORED NOT NULL,
	CONSTRAINT "projects_visibility_check" CHECK ("projects"."visibility" IN ('public', 'workspace', 'private')),
	CONSTRAINT "projects_status_check" CHECK ("projects"."status" IN ('idea', 'planned', 'running', 'completed', 'discontinued')),
	CONSTRAINT "projects_budget_check" CHECK ("projects"."budget" IS NULL OR "projects"."budget" >= 0),
	CONSTRAINT "projects_dates_check" CHECK ("projects"."end_date" IS NULL OR "projects"."start_date" IS NULL OR "projects"."end_date" >= "projects"."start_date")
);
--> statement-breakpoint
ALTER TABLE "area_indicator_values" ADD CONSTRAINT "area_indicator_values_monitor_id_area_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."area_monitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_indicator_values" ADD CONSTRAINT "area_indicator_values_indicator_id_area_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."area_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_indicator_values" ADD CONSTRAINT "area_indicator_values_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_indicators" ADD CONSTRAINT "area_indicators_monitor_id_area_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."area_monitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_monitor_areas" ADD CONSTRAINT "area_monitor_areas_monitor_id_area_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."area_monitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_monitor_areas" ADD CONSTRAINT "area_monitor_areas_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_monitors" ADD CONSTRAINT "area_monitors_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_monitors" ADD CONSTRAINT "area_monitors_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_monitors" ADD CONSTRAINT "area_monitors_city_place_id_places_id_fk" FOREIGN KEY ("city_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_monitors" ADD CONSTRAINT "area_monitors_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_pilot_selections" ADD CONSTRAINT "area_pilot_selections_monitor_id_area_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."area_monitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_pilot_selections" ADD CONSTRAINT "area_pilot_selections_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_pilot_selections" ADD CONSTRAINT "area_pilot_selections_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_pilot_selections" ADD CONSTRAINT "area_pilot_selections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_measure_id_action_plan_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."action_plan_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenditures" ADD CONSTRAINT "expenditures_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_deadlines" ADD CONSTRAINT "funding_deadlines_programme_id_funding_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."funding_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_programmes" ADD CONSTRAINT "funding_programmes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_programmes" ADD CONSTRAINT "funding_programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_programmes" ADD CONSTRAINT "funding_programmes_funder_organization_id_organizations_id_fk" FOREIGN KEY ("funder_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_programme_id_funding_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."funding_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_measure_id_action_plan_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."action_plan_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_recipient_organization_id_organizations_id_fk" FOREIGN KEY ("recipient_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_agreements" ADD CONSTRAINT "action_plan_agreements_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_agreements" ADD CONSTRAINT "action_plan_agreements_side_id_action_plan_sides_id_fk" FOREIGN KEY ("side_id") REFERENCES "public"."action_plan_sides"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_agreements" ADD CONSTRAINT "action_plan_agreements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measure_partners" ADD CONSTRAINT "action_plan_measure_partners_measure_id_action_plan_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."action_plan_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measure_partners" ADD CONSTRAINT "action_plan_measure_partners_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measure_partners" ADD CONSTRAINT "action_plan_measure_partners_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measures" ADD CONSTRAINT "action_plan_measures_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measures" ADD CONSTRAINT "action_plan_measures_priority_id_action_plan_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."action_plan_priorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measures" ADD CONSTRAINT "action_plan_measures_responsible_organization_id_organizations_id_fk" FOREIGN KEY ("responsible_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measures" ADD CONSTRAINT "action_plan_measures_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measures" ADD CONSTRAINT "action_plan_measures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_priorities" ADD CONSTRAINT "action_plan_priorities_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_priorities" ADD CONSTRAINT "action_plan_priorities_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_sides" ADD CONSTRAINT "action_plan_sides_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_sides" ADD CONSTRAINT "action_plan_sides_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_sides" ADD CONSTRAINT "action_plan_sides_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_sides" ADD CONSTRAINT "action_plan_sides_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_versions" ADD CONSTRAINT "action_plan_versions_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_area_place_id_places_id_fk" FOREIGN KEY ("area_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_progress_updates" ADD CONSTRAINT "measure_progress_updates_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_progress_updates" ADD CONSTRAINT "measure_progress_updates_measure_id_action_plan_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."action_plan_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_progress_updates" ADD CONSTRAINT "measure_progress_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_contacts" ADD CONSTRAINT "project_contacts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_contacts" ADD CONSTRAINT "project_contacts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_contacts" ADD CONSTRAINT "project_contacts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_carrier_organization_id_organizations_id_fk" FOREIGN KEY ("carrier_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_pilot_area_place_id_places_id_fk" FOREIGN KEY ("pilot_area_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "area_indicator_values_monitor_idx" ON "area_indicator_values" USING btree ("monitor_id","period");--> statement-breakpoint
CREATE INDEX "area_indicator_values_place_idx" ON "area_indicator_values" USING btree ("place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "area_indicators_key_idx" ON "area_indicators" USING btree ("monitor_id","key");--> statement-breakpoint
CREATE INDEX "area_monitor_areas_place_idx" ON "area_monitor_areas" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "area_monitors_sort_idx" ON "area_monitors" USING btree ("sort_title","id");--> statement-breakpoint
CREATE INDEX "area_monitors_workspace_idx" ON "area_monitors" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "area_monitors_project_idx" ON "area_monitors" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "area_monitors_city_idx" ON "area_monitors" USING btree ("city_place_id");--> statement-breakpoint
CREATE INDEX "area_pilot_selections_monitor_idx" ON "area_pilot_selections" USING btree ("monitor_id","selected_on");--> statement-breakpoint
CREATE INDEX "area_pilot_selections_project_idx" ON "area_pilot_selections" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "area_pilot_selections_place_idx" ON "area_pilot_selections" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "expenditures_project_idx" ON "expenditures" USING btree ("project_id","spent_on");--> statement-breakpoint
CREATE INDEX "expenditures_measure_idx" ON "expenditures" USING btree ("measure_id","spent_on");--> statement-breakpoint
CREATE INDEX "expenditures_grant_idx" ON "expenditures" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "expenditures_workspace_idx" ON "expenditures" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "funding_deadlines_due_idx" ON "funding_deadlines" USING btree ("due_on","id");--> statement-breakpoint
CREATE INDEX "funding_deadlines_programme_idx" ON "funding_deadlines" USING btree ("programme_id","due_on");--> statement-breakpoint
CREATE INDEX "funding_programmes_sort_idx" ON "funding_programmes" USING btree ("sort_name","id");--> statement-breakpoint
CREATE INDEX "funding_programmes_workspace_idx" ON "funding_programmes" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "funding_programmes_funder_idx" ON "funding_programmes" USING btree ("funder_organization_id");--> statement-breakpoint
CREATE INDEX "grants_programme_idx" ON "grants" USING btree ("programme_id","id");--> statement-breakpoint
CREATE INDEX "grants_project_idx" ON "grants" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "grants_measure_idx" ON "grants" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "grants_workspace_idx" ON "grants" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "grants_recipient_idx" ON "grants" USING btree ("recipient_organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "action_plan_agreements_side_revision_idx" ON "action_plan_agreements" USING btree ("side_id","revision");--> statement-breakpoint
CREATE INDEX "action_plan_agreements_plan_idx" ON "action_plan_agreements" USING btree ("plan_id","revision");--> statement-breakpoint
CREATE INDEX "action_plan_measure_partners_plan_idx" ON "action_plan_measure_partners" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "action_plan_measure_partners_organization_idx" ON "action_plan_measure_partners" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "action_plan_measures_plan_idx" ON "action_plan_measures" USING btree ("plan_id","priority_id","position");--> statement-breakpoint
CREATE INDEX "action_plan_measures_priority_idx" ON "action_plan_measures" USING btree ("priority_id");--> statement-breakpoint
CREATE INDEX "action_plan_measures_project_idx" ON "action_plan_measures" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "action_plan_measures_source_idx" ON "action_plan_measures" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE INDEX "action_plan_measures_responsible_idx" ON "action_plan_measures" USING btree ("responsible_organization_id");--> statement-breakpoint
CREATE INDEX "action_plan_priorities_plan_idx" ON "action_plan_priorities" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "action_plan_priorities_theme_idx" ON "action_plan_priorities" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "action_plan_sides_plan_idx" ON "action_plan_sides" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "action_plan_sides_workspace_idx" ON "action_plan_sides" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "action_plan_versions_number_idx" ON "action_plan_versions" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "action_plans_sort_idx" ON "action_plans" USING btree ("sort_title","id");--> statement-breakpoint
CREATE INDEX "action_plans_workspace_idx" ON "action_plans" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "action_plans_partnership_idx" ON "action_plans" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "action_plans_area_idx" ON "action_plans" USING btree ("area_place_id");--> statement-breakpoint
CREATE INDEX "measure_progress_updates_measure_idx" ON "measure_progress_updates" USING btree ("measure_id","reported_on","created_at");--> statement-breakpoint
CREATE INDEX "measure_progress_updates_plan_idx" ON "measure_progress_updates" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "project_contacts_project_idx" ON "project_contacts" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "project_contacts_organization_idx" ON "project_contacts" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "project_contacts_person_idx" ON "project_contacts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "project_partners_organization_idx" ON "project_partners" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "projects_sort_idx" ON "projects" USING btree ("sort_title","id");--> statement-breakpoint
CREATE INDEX "projects_workspace_idx" ON "projects" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "projects_carrier_idx" ON "projects" USING btree ("carrier_organization_id");--> statement-breakpoint
CREATE INDEX "projects_partnership_idx" ON "projects" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "projects_pilot_area_idx" ON "projects" USING btree ("pilot_area_place_id");