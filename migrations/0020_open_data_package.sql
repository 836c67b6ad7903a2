CREATE TABLE "open_data_packages" (
	"name" text PRIMARY KEY NOT NULL,
	"built_at" timestamp with time zone NOT NULL,
	"archive" "bytea" NOT NULL,
	"bytes" integer NOT NULL,
	"row_counts" jsonb NOT NULL
);
--> statement-breakpoint
-- Public data only; written by the background job outside application transactions.
ALTER TABLE open_data_packages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY open_data_packages_read ON open_data_packages FOR SELECT USING (true);
