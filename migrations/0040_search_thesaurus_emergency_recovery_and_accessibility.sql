-- More shipped entries of the search thesaurus (public, in the reference workspace), each named in
-- German, English and Ukrainian: emergency services, veterans and psychological help, recovery
-- after war damage (rubble, bridges), animal welfare, village heads of merged communities,
-- winter road service, step-free streets, relocated businesses and industrial parks.
INSERT INTO search_thesaurus (workspace_id, visibility, terms)
SELECT '00000000-0000-4000-a000-000000000001', 'public', t.terms::jsonb FROM (VALUES
  -- emergency services
  ('{"de": ["Rettungswagen", "Krankenwagen"], "en": ["ambulance"], "uk": ["швидка допомога", "автомобіль швидкої допомоги"]}'),
  ('{"de": ["Rettungsdienst", "Notfallrettung"], "en": ["ambulance service", "emergency medical service", "paramedics"], "uk": ["екстрена медична допомога"]}'),
  -- veterans and psychological help
  ('{"de": ["Veteranen", "Kriegsveteranen"], "en": ["veterans", "war veterans"], "uk": ["ветеран"]}'),
  ('{"de": ["posttraumatische Belastungsstörung", "PTBS"], "en": ["post-traumatic stress disorder", "PTSD", "post-traumatic stress"], "uk": ["посттравматичний стресовий розлад", "ПТСР"]}'),
  ('{"de": ["psychologische Hilfe", "psychologische Unterstützung", "psychologische Beratung"], "en": ["psychological support", "psychological help", "psychological first aid"], "uk": ["психологічна підтримка", "психологічна допомога"]}'),
  ('{"de": ["Prothese", "Prothetik"], "en": ["prosthesis", "prosthetics"], "uk": ["протез", "протезування"]}'),
  -- recovery after war damage
  ('{"de": ["Bauschutt", "Trümmer", "Schutt"], "en": ["rubble", "debris", "construction waste"], "uk": ["будівельне сміття", "уламки", "будівельні відходи"]}'),
  ('{"de": ["Brücke"], "en": ["bridge"], "uk": ["міст"]}'),
  -- animal welfare
  ('{"de": ["Tierheim", "Tierschutz"], "en": ["animal shelter", "animal welfare"], "uk": ["притулок для тварин", "захист тварин"]}'),
  ('{"de": ["Straßenhunde", "streunende Hunde", "herrenlose Hunde"], "en": ["stray dogs", "street dogs", "stray animals"], "uk": ["безпритульні собаки", "безпритульні тварини"]}'),
  ('{"de": ["Kastration", "Sterilisation"], "en": ["neutering", "sterilisation"], "uk": ["стерилізація"]}'),
  -- village heads of merged communities
  ('{"de": ["Ortsvorsteher", "Ortschaftsrat"], "en": ["village head", "starosta"], "uk": ["староста", "старостинський округ"]}'),
  -- winter road service
  ('{"de": ["Winterdienst", "Schneeräumung", "Schneepflug"], "en": ["snow clearing", "snow removal", "snow plough", "gritting"], "uk": ["прибирання снігу", "снігоприбирання"]}'),
  -- step-free streets
  ('{"de": ["Rampe"], "en": ["ramp"], "uk": ["пандус"]}'),
  ('{"de": ["Rollstuhl"], "en": ["wheelchair"], "uk": ["крісло колісне", "інвалідний візок"]}'),
  ('{"de": ["Blindenleitsystem", "Bodenleitsystem"], "en": ["tactile paving", "tactile guidance"], "uk": ["тактильна плитка"]}'),
  -- relocated businesses and industrial parks
  ('{"de": ["Betriebsverlagerung", "Unternehmensverlagerung"], "en": ["business relocation", "relocated businesses"], "uk": ["релокація підприємств", "релоковані підприємства"]}'),
  ('{"de": ["Industriepark", "Gewerbepark"], "en": ["industrial park", "business park"], "uk": ["індустріальний парк", "промисловий парк"]}')
) AS t(terms);
--> statement-breakpoint
-- "відновлення" (recovery, restoration) is the everyday Ukrainian word beside "відбудова".
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{uk}', (terms -> 'uk') || '["відновлення"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'uk' ? 'відбудова' AND NOT (terms -> 'uk' ? 'відновлення');
