CREATE TABLE "search_thesaurus" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"visibility" text DEFAULT 'workspace' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"terms" jsonb NOT NULL,
	CONSTRAINT "search_thesaurus_visibility_check" CHECK ("search_thesaurus"."visibility" IN ('public', 'workspace', 'private'))
);
--> statement-breakpoint
ALTER TABLE "search_thesaurus" ADD CONSTRAINT "search_thesaurus_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_thesaurus" ADD CONSTRAINT "search_thesaurus_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_thesaurus_workspace_idx" ON "search_thesaurus" USING btree ("workspace_id");--> statement-breakpoint
SELECT app_secure_scoped_table('search_thesaurus');
--> statement-breakpoint
SELECT app_fast_read_policy('search_thesaurus');
--> statement-breakpoint
-- The shipped entries: public, in the reference workspace.
INSERT INTO search_thesaurus (workspace_id, visibility, terms)
SELECT '00000000-0000-4000-a000-000000000001', 'public', t.terms::jsonb FROM (VALUES
  ('{"de": ["Stadtentwicklung"], "en": ["urban development"], "uk": ["розвиток міст", "міський розвиток"]}'),
  ('{"de": ["Stadtteil", "Quartier"], "en": ["district", "neighbourhood"], "uk": ["район", "квартал"]}'),
  ('{"de": ["Städtepartnerschaft"], "en": ["town twinning", "twinning", "sister city"], "uk": ["побратимство", "міста-побратими"]}'),
  ('{"de": ["Stadterneuerung"], "en": ["urban renewal", "regeneration"], "uk": ["оновлення міст", "відновлення міст"]}'),
  ('{"de": ["Wiederaufbau"], "en": ["reconstruction", "recovery"], "uk": ["відбудова"]}'),
  ('{"de": ["Fernwärme"], "en": ["district heating"], "uk": ["теплопостачання", "централізоване теплопостачання"]}'),
  ('{"de": ["Heizung", "Wärmeversorgung"], "en": ["heating", "heat supply"], "uk": ["опалення"]}'),
  ('{"de": ["Energieeffizienz"], "en": ["energy efficiency"], "uk": ["енергоефективність"]}'),
  ('{"de": ["erneuerbare Energie", "Erneuerbare"], "en": ["renewable energy", "renewables"], "uk": ["відновлювана енергетика"]}'),
  ('{"de": ["Solaranlage", "Photovoltaik"], "en": ["solar power", "photovoltaics"], "uk": ["сонячна електростанція", "сонячні панелі"]}'),
  ('{"de": ["Trinkwasser", "Wasserversorgung"], "en": ["drinking water", "water supply"], "uk": ["питна вода", "водопостачання"]}'),
  ('{"de": ["Abwasser"], "en": ["wastewater", "sewage"], "uk": ["водовідведення", "стічні води"]}'),
  ('{"de": ["Wohnungsbau"], "en": ["housing construction"], "uk": ["житлове будівництво"]}'),
  ('{"de": ["bezahlbarer Wohnraum", "Sozialwohnung"], "en": ["affordable housing", "social housing"], "uk": ["доступне житло", "соціальне житло"]}'),
  ('{"de": ["Bürgerbeteiligung", "Beteiligung"], "en": ["citizen participation", "public participation"], "uk": ["участь громадян", "громадська участь"]}'),
  ('{"de": ["Bürgerhaushalt"], "en": ["participatory budget"], "uk": ["бюджет участі", "громадський бюджет"]}'),
  ('{"de": ["Förderung", "Fördermittel"], "en": ["funding", "grant"], "uk": ["фінансування", "грант"]}'),
  ('{"de": ["Kofinanzierung"], "en": ["co-financing"], "uk": ["співфінансування"]}'),
  ('{"de": ["Binnenvertriebene"], "en": ["internally displaced persons", "displaced people"], "uk": ["внутрішньо переміщені особи", "переселенці"]}'),
  ('{"de": ["Schulsanierung"], "en": ["school renovation"], "uk": ["ремонт шкіл"]}')
) AS t(terms);
