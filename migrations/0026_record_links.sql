CREATE TABLE "action_plan_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"action_plan_id" uuid NOT NULL,
	"project_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"outcome_id" uuid,
	"project_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"exchange_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"related_exchange_id" uuid NOT NULL,
	CONSTRAINT "exchange_relations_kind_check" CHECK ("exchange_relations"."kind" IN ('accompanies', 'follow_up_of', 'side_event_of')),
	CONSTRAINT "exchange_relations_not_self_check" CHECK ("exchange_relations"."exchange_id" <> "exchange_relations"."related_exchange_id")
);
--> statement-breakpoint
ALTER TABLE "action_plan_projects" ADD CONSTRAINT "action_plan_projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_projects" ADD CONSTRAINT "action_plan_projects_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_projects" ADD CONSTRAINT "action_plan_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_projects" ADD CONSTRAINT "exchange_projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_projects" ADD CONSTRAINT "exchange_projects_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_projects" ADD CONSTRAINT "exchange_projects_outcome_id_exchange_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."exchange_outcomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_projects" ADD CONSTRAINT "exchange_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_relations" ADD CONSTRAINT "exchange_relations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_relations" ADD CONSTRAINT "exchange_relations_exchange_id_exchanges_id_fk" FOREIGN KEY ("exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_relations" ADD CONSTRAINT "exchange_relations_related_exchange_id_exchanges_id_fk" FOREIGN KEY ("related_exchange_id") REFERENCES "public"."exchanges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "action_plan_projects_pair_idx" ON "action_plan_projects" USING btree ("action_plan_id","project_id");--> statement-breakpoint
CREATE INDEX "action_plan_projects_project_idx" ON "action_plan_projects" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_projects_exchange_idx" ON "exchange_projects" USING btree ("exchange_id","project_id") WHERE "exchange_projects"."outcome_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_projects_outcome_idx" ON "exchange_projects" USING btree ("outcome_id","project_id");--> statement-breakpoint
CREATE INDEX "exchange_projects_project_idx" ON "exchange_projects" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_relations_pair_idx" ON "exchange_relations" USING btree ("exchange_id","related_exchange_id");--> statement-breakpoint
CREATE INDEX "exchange_relations_related_idx" ON "exchange_relations" USING btree ("related_exchange_id","created_at");