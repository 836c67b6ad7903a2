ALTER TABLE "action_plans" ADD COLUMN "historical" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "historical" boolean DEFAULT false NOT NULL;