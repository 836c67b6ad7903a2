CREATE TABLE "job_progress" (
	"job_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"workspace_id" uuid,
	"requested_by" uuid,
	"state" text DEFAULT 'queued' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer,
	"result" jsonb,
	"error_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_progress_kind_check" CHECK ("job_progress"."kind" IN ('ingest_upload', 'load_gazetteer')),
	CONSTRAINT "job_progress_state_check" CHECK ("job_progress"."state" IN ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "job_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "extraction_state" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "extraction_job_id" uuid;--> statement-breakpoint
ALTER TABLE "job_progress" ADD CONSTRAINT "job_progress_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_progress" ADD CONSTRAINT "job_progress_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_uploads" ADD CONSTRAINT "job_uploads_job_id_job_progress_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_progress"("job_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_progress_kind_idx" ON "job_progress" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "job_progress_workspace_idx" ON "job_progress" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "job_uploads_job_idx" ON "job_uploads" USING btree ("job_id","position");--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_extraction_state_check" CHECK ("documents"."extraction_state" IN ('none', 'queued', 'running', 'done', 'failed'));--> statement-breakpoint
UPDATE "documents" SET "extraction_state" = 'done' WHERE "extracted_at" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE job_progress ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY job_progress_read ON job_progress FOR SELECT USING (
  requested_by = app_current_user_id()
  OR (workspace_id IS NOT NULL AND app_workspace_role(workspace_id) IN ('owner', 'coordinator'))
  OR (workspace_id IS NULL AND app_current_user_id() IS NOT NULL)
);--> statement-breakpoint
CREATE POLICY job_progress_insert ON job_progress FOR INSERT WITH CHECK (requested_by IS NOT DISTINCT FROM app_current_user_id() AND (workspace_id IS NULL OR app_can_create(workspace_id)));--> statement-breakpoint
ALTER TABLE job_uploads ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY job_uploads_insert ON job_uploads FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM job_progress j WHERE j.job_id = job_uploads.job_id AND j.requested_by = app_current_user_id()));
