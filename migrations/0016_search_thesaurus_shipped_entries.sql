-- More shipped entries of the search thesaurus (public, in the reference workspace), so that urban
-- development, energy, water, housing, participation and funding each have several; owners and
-- coordinators of a workspace add their own through the API.
INSERT INTO search_thesaurus (workspace_id, visibility, terms)
SELECT '00000000-0000-4000-a000-000000000001', 'public', t.terms::jsonb FROM (VALUES
  -- urban development
  ('{"de": ["integrierte Stadtentwicklung", "Stadtentwicklungskonzept"], "en": ["integrated urban development"], "uk": ["інтегрований розвиток міст", "концепція інтегрованого розвитку"]}'),
  ('{"de": ["Quartiersmanagement"], "en": ["neighbourhood management"], "uk": ["управління кварталом"]}'),
  ('{"de": ["Stadtplanung"], "en": ["urban planning", "town planning"], "uk": ["містобудування", "міське планування"]}'),
  ('{"de": ["öffentlicher Raum"], "en": ["public space"], "uk": ["громадський простір"]}'),
  ('{"de": ["Mobilität", "Verkehr"], "en": ["mobility", "transport"], "uk": ["мобільність", "транспорт"]}'),
  ('{"de": ["Kulturerbe", "Denkmalschutz"], "en": ["cultural heritage", "heritage protection"], "uk": ["культурна спадщина", "охорона пам''яток"]}'),
  ('{"de": ["Innenstadt", "Stadtzentrum"], "en": ["city centre", "town centre"], "uk": ["центр міста"]}'),
  ('{"de": ["Resilienz"], "en": ["resilience"], "uk": ["стійкість"]}'),
  ('{"de": ["Partnerschaft"], "en": ["partnership"], "uk": ["партнерство"]}'),
  ('{"de": ["Erfahrungsaustausch", "Peer-Learning"], "en": ["peer learning", "exchange of experience"], "uk": ["обмін досвідом"]}'),
  ('{"de": ["Schule"], "en": ["school"], "uk": ["школа"]}'),
  -- energy
  ('{"de": ["Energie"], "en": ["energy"], "uk": ["енергія", "енергетика"]}'),
  ('{"de": ["Energiewende"], "en": ["energy transition"], "uk": ["енергетичний перехід"]}'),
  ('{"de": ["energetische Sanierung", "Wärmedämmung"], "en": ["energy retrofit", "thermal insulation"], "uk": ["термомодернізація", "теплоізоляція"]}'),
  ('{"de": ["Wärmeplanung", "kommunale Wärmeplanung"], "en": ["heat planning", "municipal heat planning"], "uk": ["теплове планування"]}'),
  ('{"de": ["Stadtwerke"], "en": ["municipal utility", "public utility"], "uk": ["комунальне підприємство"]}'),
  ('{"de": ["Energiemanagement"], "en": ["energy management"], "uk": ["енергоменеджмент"]}'),
  ('{"de": ["Straßenbeleuchtung"], "en": ["street lighting"], "uk": ["вуличне освітлення"]}'),
  -- water
  ('{"de": ["Wasser"], "en": ["water"], "uk": ["вода"]}'),
  ('{"de": ["Kläranlage"], "en": ["sewage treatment plant", "wastewater treatment"], "uk": ["очисні споруди"]}'),
  ('{"de": ["Hochwasserschutz"], "en": ["flood protection"], "uk": ["захист від повеней"]}'),
  ('{"de": ["Regenwasser", "Niederschlagswasser"], "en": ["rainwater", "stormwater"], "uk": ["дощова вода"]}'),
  ('{"de": ["Wasserwerk", "Wasserversorger"], "en": ["waterworks", "water utility"], "uk": ["водоканал"]}'),
  -- housing
  ('{"de": ["Wohnen", "Wohnraum"], "en": ["housing"], "uk": ["житло"]}'),
  ('{"de": ["Wohnungsgenossenschaft", "Wohnungsbaugenossenschaft"], "en": ["housing cooperative"], "uk": ["житловий кооператив", "ОСББ"]}'),
  ('{"de": ["Plattenbau"], "en": ["panel building", "prefabricated housing"], "uk": ["панельний будинок"]}'),
  ('{"de": ["Wohnungswirtschaft", "Wohnungsverwaltung"], "en": ["housing management"], "uk": ["управління житлом"]}'),
  ('{"de": ["Sanierung", "Modernisierung"], "en": ["refurbishment", "renovation"], "uk": ["модернізація", "капітальний ремонт"]}'),
  ('{"de": ["Notunterkunft"], "en": ["emergency shelter"], "uk": ["тимчасове житло", "прихисток"]}'),
  -- participation
  ('{"de": ["Öffentlichkeitsbeteiligung"], "en": ["public consultation"], "uk": ["громадські слухання", "громадське обговорення"]}'),
  ('{"de": ["Zivilgesellschaft"], "en": ["civil society"], "uk": ["громадянське суспільство"]}'),
  ('{"de": ["Ehrenamt", "bürgerschaftliches Engagement"], "en": ["volunteering", "civic engagement"], "uk": ["волонтерство"]}'),
  ('{"de": ["Jugendbeteiligung"], "en": ["youth participation"], "uk": ["участь молоді"]}'),
  ('{"de": ["Stadtteilzentrum", "Bürgerhaus"], "en": ["community centre"], "uk": ["громадський центр"]}'),
  -- funding
  ('{"de": ["Förderprogramm"], "en": ["funding programme"], "uk": ["програма фінансування"]}'),
  ('{"de": ["Städtebauförderung"], "en": ["urban development funding"], "uk": ["фінансування розвитку міст"]}'),
  ('{"de": ["EU-Förderung", "EU-Fördermittel"], "en": ["EU funding"], "uk": ["фінансування ЄС"]}'),
  ('{"de": ["Zuschuss"], "en": ["subsidy"], "uk": ["субсидія", "дотація"]}'),
  ('{"de": ["Förderantrag"], "en": ["funding application", "grant application"], "uk": ["грантова заявка"]}')
) AS t(terms);
