CREATE TABLE "matching_introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"created_by" uuid,
	"from_profile_id" uuid,
	"from_workspace_id" uuid NOT NULL,
	"from_place_id" uuid,
	"from_organization_id" uuid,
	"from_person_id" uuid,
	"to_profile_id" uuid,
	"to_workspace_id" uuid NOT NULL,
	"to_place_id" uuid,
	"to_organization_id" uuid,
	"to_person_id" uuid,
	"need_id" uuid,
	"message" text NOT NULL,
	"proposed_date" date,
	"state" text DEFAULT 'requested' NOT NULL,
	"from_answer" text DEFAULT 'pending' NOT NULL,
	"from_answer_message" text,
	"to_answer" text DEFAULT 'pending' NOT NULL,
	"to_answer_message" text,
	"meeting_exchange_id" uuid,
	"meeting_date" date,
	"partnership_type" text,
	"partnership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_introductions_state_check" CHECK ("matching_introductions"."state" IN ('requested', 'accepted', 'met', 'partnered', 'declined')),
	CONSTRAINT "matching_introductions_from_answer_check" CHECK ("matching_introductions"."from_answer" IN ('pending', 'accepted', 'declined')),
	CONSTRAINT "matching_introductions_to_answer_check" CHECK ("matching_introductions"."to_answer" IN ('pending', 'accepted', 'declined')),
	CONSTRAINT "matching_introductions_from_check" CHECK (("matching_introductions"."from_place_id" IS NOT NULL)::int + ("matching_introductions"."from_organization_id" IS NOT NULL)::int + ("matching_introductions"."from_person_id" IS NOT NULL)::int = 1),
	CONSTRAINT "matching_introductions_to_check" CHECK (("matching_introductions"."to_place_id" IS NOT NULL)::int + ("matching_introductions"."to_organization_id" IS NOT NULL)::int + ("matching_introductions"."to_person_id" IS NOT NULL)::int = 1),
	CONSTRAINT "matching_introductions_two_sides_check" CHECK ("matching_introductions"."from_workspace_id" <> "matching_introductions"."to_workspace_id"),
	CONSTRAINT "matching_introductions_partnership_type_check" CHECK ("matching_introductions"."partnership_type" IS NULL OR "matching_introductions"."partnership_type" IN ('partnership', 'friendship', 'contact', 'project_partnership', 'solidarity_partnership'))
);
--> statement-breakpoint
ALTER TABLE "partnerships" DROP CONSTRAINT "partnerships_kind_check";--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_from_profile_id_matching_profiles_id_fk" FOREIGN KEY ("from_profile_id") REFERENCES "public"."matching_profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_from_workspace_id_workspaces_id_fk" FOREIGN KEY ("from_workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_from_place_id_places_id_fk" FOREIGN KEY ("from_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_from_person_id_people_id_fk" FOREIGN KEY ("from_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_to_profile_id_matching_profiles_id_fk" FOREIGN KEY ("to_profile_id") REFERENCES "public"."matching_profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_to_workspace_id_workspaces_id_fk" FOREIGN KEY ("to_workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_to_place_id_places_id_fk" FOREIGN KEY ("to_place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_to_organization_id_organizations_id_fk" FOREIGN KEY ("to_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_to_person_id_people_id_fk" FOREIGN KEY ("to_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_need_id_matching_items_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."matching_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_meeting_exchange_id_exchanges_id_fk" FOREIGN KEY ("meeting_exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_introductions" ADD CONSTRAINT "matching_introductions_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matching_introductions_workspace_idx" ON "matching_introductions" USING btree ("workspace_id","state");--> statement-breakpoint
CREATE INDEX "matching_introductions_from_workspace_idx" ON "matching_introductions" USING btree ("from_workspace_id");--> statement-breakpoint
CREATE INDEX "matching_introductions_to_workspace_idx" ON "matching_introductions" USING btree ("to_workspace_id");--> statement-breakpoint
CREATE INDEX "matching_introductions_pair_idx" ON "matching_introductions" USING btree ("from_profile_id","to_profile_id");--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_kind_check" CHECK ("partnerships"."kind" IN ('city_twinning', 'district_partnership', 'project_partnership', 'friendship', 'contact', 'network_membership', 'solidarity_partnership'));