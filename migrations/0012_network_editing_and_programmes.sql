CREATE TABLE "network_themes" (
	"network_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "network_themes_network_id_theme_id_pk" PRIMARY KEY("network_id","theme_id")
);
--> statement-breakpoint
ALTER TABLE "exchange_series" ADD COLUMN "partnership_id" uuid;--> statement-breakpoint
ALTER TABLE "network_members" ADD COLUMN "contact_person_id" uuid;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "kind" text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "network_themes" ADD CONSTRAINT "network_themes_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_themes" ADD CONSTRAINT "network_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_themes_theme_idx" ON "network_themes" USING btree ("theme_id");--> statement-breakpoint
ALTER TABLE "exchange_series" ADD CONSTRAINT "exchange_series_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_contact_person_id_people_id_fk" FOREIGN KEY ("contact_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_series_partnership_idx" ON "exchange_series" USING btree ("partnership_id");--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_kind_check" CHECK ("networks"."kind" IN ('municipal', 'professional', 'thematic', 'other'));--> statement-breakpoint
-- The themes of a network belong to the network.
SELECT app_secure_child_table('network_themes', 'networks', 'network_id');
