-- The standard vocabulary of municipal practice and integrated urban development that the shipped
-- search thesaurus (public, in the reference workspace) still lacked, each idea named in German,
-- English and Ukrainian: plan types and permits, land and heritage; cycling, electric buses and
-- charging; climate plans, SECAP and the Covenant of Mayors, heat networks and meters; water
-- networks and leaks, noise, trees and nature; rent, vacancy and homeowners' associations;
-- councils, petitions, ЦНАП and hromadas; grant agreements, calls, donations and aid; schools,
-- health, remembrance and festivals; municipal vehicles and facilities; safety and recovery.
INSERT INTO search_thesaurus (workspace_id, visibility, terms)
SELECT '00000000-0000-4000-a000-000000000001', 'public', t.terms::jsonb FROM (VALUES
  -- urban planning and land use
  ('{"de": ["Bebauungsplan", "B-Plan"], "en": ["zoning plan", "local development plan", "binding land-use plan"], "uk": ["детальний план території", "ДПТ"]}'),
  ('{"de": ["Flächennutzungsplan", "FNP"], "en": ["land-use plan", "preparatory land-use plan"], "uk": ["план зонування території", "зонінг", "комплексний план просторового розвитку"]}'),
  ('{"de": ["Generalplan", "Masterplan"], "en": ["master plan", "general plan"], "uk": ["генеральний план", "генплан"]}'),
  ('{"de": ["Bauleitplanung"], "en": ["urban land-use planning"], "uk": ["містобудівна документація"]}'),
  ('{"de": ["Raumordnung", "Raumplanung", "Regionalplanung"], "en": ["spatial planning", "regional planning"], "uk": ["просторове планування"]}'),
  ('{"de": ["Baugenehmigung", "Bauantrag"], "en": ["building permit", "planning permission"], "uk": ["дозвіл на будівництво", "будівельний дозвіл"]}'),
  ('{"de": ["Bauaufsicht", "Bauaufsichtsbehörde"], "en": ["building control", "building inspection"], "uk": ["архітектурно-будівельний контроль"]}'),
  ('{"de": ["Bauordnung", "Baunormen"], "en": ["building code", "building regulations"], "uk": ["будівельні норми", "ДБН"]}'),
  ('{"de": ["Brachfläche", "Industriebrache", "Brache"], "en": ["brownfield", "brownfield site", "derelict land"], "uk": ["браунфілд", "занедбана територія"]}'),
  ('{"de": ["Nachverdichtung", "Innenentwicklung"], "en": ["densification", "infill development"], "uk": ["ущільнення забудови"]}'),
  ('{"de": ["Abriss", "Rückbau"], "en": ["demolition"], "uk": ["знесення", "демонтаж"]}'),
  ('{"de": ["Baudenkmal", "denkmalgeschütztes Gebäude"], "en": ["listed building", "historic monument"], "uk": ["пам''ятка архітектури", "пам''ятка культурної спадщини"]}'),
  ('{"de": ["Denkmalliste", "Denkmalverzeichnis"], "en": ["heritage register", "heritage listing"], "uk": ["реєстр пам''яток", "державний реєстр нерухомих пам''яток"]}'),
  ('{"de": ["Altstadt", "historische Altstadt"], "en": ["old town", "historic centre", "historic center"], "uk": ["історичний центр", "старе місто"]}'),
  ('{"de": ["Architekturwettbewerb", "städtebaulicher Wettbewerb"], "en": ["architectural competition", "design competition"], "uk": ["архітектурний конкурс"]}'),
  ('{"de": ["Grundstück", "Baugrundstück"], "en": ["land plot", "plot of land", "building plot"], "uk": ["земельна ділянка"]}'),
  ('{"de": ["Liegenschaftskataster", "Kataster", "Grundbuch"], "en": ["cadastre", "land register", "land registry"], "uk": ["кадастр", "земельний кадастр"]}'),
  ('{"de": ["Gewerbegebiet", "Industriegebiet"], "en": ["industrial estate", "industrial area", "commercial zone"], "uk": ["промислова зона", "промзона"]}'),
  ('{"de": ["Wohngebiet", "Wohnsiedlung", "Neubaugebiet"], "en": ["residential area", "housing estate"], "uk": ["житловий масив", "мікрорайон"]}'),
  ('{"de": ["Smart City", "intelligente Stadt"], "en": ["smart city"], "uk": ["розумне місто", "смарт-сіті"]}'),
  ('{"de": ["Geoinformationssystem", "GIS"], "en": ["geographic information system"], "uk": ["геоінформаційна система", "ГІС"]}'),
  ('{"de": ["Stadtmarketing", "Stadtmarke"], "en": ["city marketing", "city branding", "place branding"], "uk": ["маркетинг міста", "бренд міста"]}'),
  ('{"de": ["Fassade", "Fassadensanierung"], "en": ["facade", "façade", "facade renovation"], "uk": ["фасад", "ремонт фасадів"]}'),
  ('{"de": ["Innenhof", "Hinterhof"], "en": ["courtyard", "inner courtyard"], "uk": ["внутрішній двір", "внутрішньоквартальний простір"]}'),
  ('{"de": ["Marktplatz", "Stadtplatz"], "en": ["town square", "market square"], "uk": ["міська площа", "центральна площа", "ринкова площа"]}'),
  ('{"de": ["Uferpromenade", "Flussufer", "Uferweg"], "en": ["waterfront", "riverside", "embankment"], "uk": ["набережна"]}'),
  ('{"de": ["ländliche Entwicklung", "ländlicher Raum"], "en": ["rural development", "rural areas"], "uk": ["розвиток сільських територій", "сільська місцевість"]}'),
  ('{"de": ["Metropolregion", "Ballungsraum", "Stadtregion"], "en": ["metropolitan area", "city region", "agglomeration"], "uk": ["агломерація", "міська агломерація"]}'),
  ('{"de": ["Straßenbau", "Straßensanierung", "Straßenreparatur"], "en": ["road construction", "road repair", "road works"], "uk": ["ремонт доріг", "дорожнє будівництво"]}'),
  ('{"de": ["Gehweg", "Bürgersteig", "Fußweg"], "en": ["pavement", "sidewalk", "footpath"], "uk": ["тротуар"]}'),
  ('{"de": ["Schlagloch", "Schlaglöcher"], "en": ["pothole", "potholes"], "uk": ["вибоїна", "ямковий ремонт"]}'),
  ('{"de": ["Stadtentwicklungsstrategie", "Entwicklungsstrategie"], "en": ["development strategy", "city strategy"], "uk": ["стратегія розвитку громади", "стратегія розвитку міста"]}'),
  -- mobility
  ('{"de": ["Radverkehrsnetz", "Radnetz", "Radwegenetz"], "en": ["cycle network", "cycling network", "bike network"], "uk": ["велосипедна мережа", "мережа велодоріжок"]}'),
  ('{"de": ["Fahrradverleih", "Bikesharing", "Leihfahrrad"], "en": ["bike sharing", "bicycle hire", "bike rental"], "uk": ["велопрокат", "байкшеринг"]}'),
  ('{"de": ["Fahrradabstellanlage", "Fahrradständer", "Fahrradparkhaus"], "en": ["bicycle parking", "bike parking", "bike racks"], "uk": ["велопарковка", "велопарковки"]}'),
  ('{"de": ["Elektrobus", "E-Bus", "Elektrobusse"], "en": ["electric bus", "e-bus", "electric buses"], "uk": ["електробус"]}'),
  ('{"de": ["Ladestation", "Ladesäule", "Ladeinfrastruktur"], "en": ["charging station", "charging point", "EV charging"], "uk": ["зарядна станція", "електрозарядна станція"]}'),
  ('{"de": ["Elektromobilität", "E-Mobilität", "Elektroauto"], "en": ["electric mobility", "e-mobility", "electric vehicle", "electric car"], "uk": ["електромобільність", "електромобіль"]}'),
  ('{"de": ["Park-and-Ride", "P+R-Parkplatz"], "en": ["park and ride", "park-and-ride"], "uk": ["перехоплююча парковка", "перехоплюючі паркінги"]}'),
  ('{"de": ["Verkehrsberuhigung", "verkehrsberuhigte Zone", "Tempo 30"], "en": ["traffic calming", "low-traffic neighbourhood"], "uk": ["заспокоєння руху", "заспокоєння дорожнього руху"]}'),
  ('{"de": ["Verkehrssicherheit", "Straßenverkehrssicherheit"], "en": ["road safety", "traffic safety"], "uk": ["безпека дорожнього руху"]}'),
  ('{"de": ["Verkehrsplanung", "Verkehrskonzept"], "en": ["transport planning", "traffic planning"], "uk": ["транспортне планування"]}'),
  ('{"de": ["nachhaltiger urbaner Mobilitätsplan", "Mobilitätsplan", "SUMP"], "en": ["sustainable urban mobility plan", "mobility plan"], "uk": ["план сталої міської мобільності", "ПСММ"]}'),
  ('{"de": ["Haltestelle", "Bushaltestelle"], "en": ["bus stop", "public transport stop"], "uk": ["зупинка", "зупинка громадського транспорту"]}'),
  ('{"de": ["Fahrplan", "Taktung"], "en": ["timetable", "service frequency"], "uk": ["розклад руху"]}'),
  ('{"de": ["Fahrkarte", "Fahrschein", "E-Ticket"], "en": ["e-ticket", "public transport ticket"], "uk": ["електронний квиток", "проїзний квиток"]}'),
  ('{"de": ["Bahnhof", "Hauptbahnhof"], "en": ["railway station", "train station"], "uk": ["вокзал", "залізнична станція"]}'),
  ('{"de": ["Carsharing"], "en": ["car sharing", "car-sharing"], "uk": ["каршеринг"]}'),
  ('{"de": ["Fußgängerüberweg", "Zebrastreifen"], "en": ["pedestrian crossing", "zebra crossing"], "uk": ["пішохідний перехід"]}'),
  ('{"de": ["Ampel", "Lichtsignalanlage"], "en": ["traffic lights", "traffic signals"], "uk": ["світлофор"]}'),
  ('{"de": ["Kreisverkehr"], "en": ["roundabout"], "uk": ["кільцева розв''язка"]}'),
  ('{"de": ["Betriebshof", "Busdepot", "Straßenbahndepot"], "en": ["depot", "bus depot", "tram depot"], "uk": ["депо", "трамвайне депо"]}'),
  ('{"de": ["Schulbus"], "en": ["school bus"], "uk": ["шкільний автобус"]}'),
  -- energy and climate
  ('{"de": ["Klimaschutzkonzept", "Klimaschutzplan", "Klimaaktionsplan"], "en": ["climate action plan", "climate protection plan"], "uk": ["кліматичний план дій", "кліматичний план"]}'),
  ('{"de": ["SECAP", "SEAP"], "en": ["sustainable energy and climate action plan", "sustainable energy action plan"], "uk": ["план дій сталого енергетичного розвитку та клімату", "ПДСЕРК", "ПДСЕР"]}'),
  ('{"de": ["Konvent der Bürgermeister"], "en": ["Covenant of Mayors"], "uk": ["Угода мерів"]}'),
  ('{"de": ["Solarthermie", "Solarkollektoren"], "en": ["solar thermal", "solar collectors"], "uk": ["сонячні колектори"]}'),
  ('{"de": ["Biomasse", "Biomasseheizung", "Biomassekessel"], "en": ["biomass", "biomass boiler"], "uk": ["біомаса", "котел на біомасі"]}'),
  ('{"de": ["Holzpellets", "Hackschnitzel", "Pellets"], "en": ["wood pellets", "wood chips", "pellets"], "uk": ["пелети", "паливна тріска"]}'),
  ('{"de": ["Energieaudit", "Energieberatung"], "en": ["energy audit", "energy advice"], "uk": ["енергоаудит", "енергетичний аудит"]}'),
  ('{"de": ["Energieausweis"], "en": ["energy performance certificate", "energy certificate"], "uk": ["енергетичний сертифікат"]}'),
  ('{"de": ["Wärmenetz", "Fernwärmenetz", "Nahwärmenetz"], "en": ["heat network", "district heating network", "heating network"], "uk": ["теплові мережі", "тепломережа"]}'),
  ('{"de": ["Windenergie", "Windkraft", "Windkraftanlage"], "en": ["wind power", "wind energy", "wind turbine"], "uk": ["вітрова енергетика", "вітрова електростанція", "ВЕС"]}'),
  ('{"de": ["Geothermie", "Erdwärme"], "en": ["geothermal energy", "geothermal"], "uk": ["геотермальна енергія"]}'),
  ('{"de": ["Biogas", "Biogasanlage"], "en": ["biogas", "biogas plant"], "uk": ["біогаз", "біогазова установка"]}'),
  ('{"de": ["Wasserstoff"], "en": ["hydrogen"], "uk": ["водень"]}'),
  ('{"de": ["Kraft-Wärme-Kopplung", "Blockheizkraftwerk", "BHKW"], "en": ["cogeneration", "combined heat and power", "CHP"], "uk": ["когенерація", "когенераційна установка"]}'),
  ('{"de": ["Energiegenossenschaft", "Bürgerenergie", "Energiegemeinschaft"], "en": ["energy cooperative", "community energy", "energy community"], "uk": ["енергетичний кооператив", "енергокооператив", "енергетична громада"]}'),
  ('{"de": ["Smart Meter", "intelligenter Zähler", "intelligentes Messsystem"], "en": ["smart meter", "smart meters"], "uk": ["розумний лічильник", "інтелектуальний облік"]}'),
  ('{"de": ["Wärmezähler", "Wärmemengenzähler"], "en": ["heat meter", "heat meters"], "uk": ["лічильник тепла", "теплолічильник"]}'),
  ('{"de": ["Energiearmut"], "en": ["energy poverty", "fuel poverty"], "uk": ["енергетична бідність"]}'),
  ('{"de": ["Treibhausgasemissionen", "CO2-Emissionen", "Treibhausgase"], "en": ["greenhouse gas emissions", "carbon emissions", "greenhouse gases"], "uk": ["викиди парникових газів", "викиди CO2", "парникові гази"]}'),
  ('{"de": ["Klimaneutralität", "klimaneutral"], "en": ["climate neutrality", "net zero", "carbon neutrality"], "uk": ["кліматична нейтральність", "вуглецева нейтральність"]}'),
  ('{"de": ["Dekarbonisierung"], "en": ["decarbonisation", "decarbonization"], "uk": ["декарбонізація"]}'),
  ('{"de": ["Stromnetz", "Verteilnetz"], "en": ["power grid", "electricity grid", "distribution grid"], "uk": ["електромережа", "електричні мережі"]}'),
  ('{"de": ["Umspannwerk", "Trafostation", "Transformatorstation"], "en": ["substation", "transformer station"], "uk": ["підстанція", "трансформаторна підстанція"]}'),
  ('{"de": ["Stromausfall", "Blackout"], "en": ["power outage", "power cut", "blackout"], "uk": ["відключення електроенергії", "блекаут", "знеструмлення"]}'),
  ('{"de": ["Gasversorgung", "Erdgas"], "en": ["gas supply", "natural gas"], "uk": ["газопостачання", "природний газ"]}'),
  ('{"de": ["Nebenkosten", "Wohnnebenkosten"], "en": ["utility bills", "utility costs"], "uk": ["комунальні платежі", "оплата комунальних послуг"]}'),
  ('{"de": ["Passivhaus", "Niedrigenergiehaus"], "en": ["passive house", "low-energy building"], "uk": ["пасивний будинок"]}'),
  ('{"de": ["Gründach", "Dachbegrünung"], "en": ["green roof", "green roofs"], "uk": ["зелений дах", "зелені дахи"]}'),
  ('{"de": ["Schwammstadt"], "en": ["sponge city"], "uk": ["місто-губка"]}'),
  -- water and environment
  ('{"de": ["Regenwasserkanal", "Regenwasserkanalisation"], "en": ["storm drain", "storm sewer", "storm drainage"], "uk": ["зливова каналізація", "зливостік"]}'),
  ('{"de": ["Tiefbrunnen", "Trinkwasserbrunnen", "Bohrbrunnen"], "en": ["borehole", "water well"], "uk": ["свердловина", "артезіанська свердловина"]}'),
  ('{"de": ["Wasserleitung", "Wasserleitungsnetz", "Trinkwassernetz"], "en": ["water pipes", "water mains", "water network"], "uk": ["водогін", "водопровідні мережі", "водопровід"]}'),
  ('{"de": ["Leckortung", "Leckageortung", "Lecksuche"], "en": ["leak detection"], "uk": ["виявлення витоків", "пошук витоків"]}'),
  ('{"de": ["Wasserverluste", "Wasserverlust"], "en": ["water losses", "water loss", "non-revenue water"], "uk": ["втрати води", "витоки води"]}'),
  ('{"de": ["Rohrbruch", "Wasserrohrbruch"], "en": ["pipe burst", "burst pipe", "water main break"], "uk": ["порив водогону", "аварія на водогоні"]}'),
  ('{"de": ["Wasseraufbereitung", "Trinkwasseraufbereitung"], "en": ["water treatment", "water purification"], "uk": ["водоочищення", "очищення води", "водопідготовка"]}'),
  ('{"de": ["Wasserqualität"], "en": ["water quality"], "uk": ["якість води"]}'),
  ('{"de": ["Lärm", "Lärmschutz", "Lärmbelastung"], "en": ["noise", "noise protection", "noise pollution"], "uk": ["шум", "шумове забруднення", "захист від шуму"]}'),
  ('{"de": ["Baumkataster", "Baumbestand"], "en": ["tree register", "tree inventory"], "uk": ["реєстр зелених насаджень", "інвентаризація зелених насаджень"]}'),
  ('{"de": ["Baumpflanzung", "Baumpflanzungen"], "en": ["tree planting"], "uk": ["висадка дерев", "посадка дерев"]}'),
  ('{"de": ["Waldbrand", "Waldbrände", "Flächenbrand"], "en": ["forest fire", "wildfire", "wildfires"], "uk": ["лісова пожежа", "лісові пожежі"]}'),
  ('{"de": ["Stadtwald"], "en": ["urban forest", "city forest"], "uk": ["міський ліс"]}'),
  ('{"de": ["Aufforstung", "Wiederaufforstung"], "en": ["afforestation", "reforestation"], "uk": ["заліснення", "лісовідновлення"]}'),
  ('{"de": ["Biodiversität", "Artenvielfalt"], "en": ["biodiversity"], "uk": ["біорізноманіття"]}'),
  ('{"de": ["Naturschutz", "Naturschutzgebiet"], "en": ["nature conservation", "nature reserve"], "uk": ["охорона природи", "заповідник", "природно-заповідний фонд"]}'),
  ('{"de": ["Umweltschutz"], "en": ["environmental protection"], "uk": ["охорона довкілля", "захист довкілля"]}'),
  ('{"de": ["Umweltverträglichkeitsprüfung", "UVP"], "en": ["environmental impact assessment", "EIA"], "uk": ["оцінка впливу на довкілля", "ОВД"]}'),
  ('{"de": ["strategische Umweltprüfung"], "en": ["strategic environmental assessment"], "uk": ["стратегічна екологічна оцінка", "СЕО"]}'),
  ('{"de": ["Altlasten", "Bodenverunreinigung"], "en": ["contaminated land", "soil contamination"], "uk": ["забруднення ґрунтів"]}'),
  ('{"de": ["Renaturierung", "Gewässerrenaturierung"], "en": ["river restoration", "renaturation"], "uk": ["ренатуралізація", "відновлення річок"]}'),
  ('{"de": ["Bewässerung"], "en": ["irrigation"], "uk": ["зрошення"]}'),
  ('{"de": ["Starkregen", "Wolkenbruch"], "en": ["heavy rain", "cloudburst", "torrential rain"], "uk": ["злива", "сильні опади"]}'),
  ('{"de": ["Deich", "Damm", "Staudamm"], "en": ["dyke", "dike", "levee", "dam"], "uk": ["дамба", "гребля"]}'),
  ('{"de": ["Umweltbildung"], "en": ["environmental education"], "uk": ["екологічна освіта"]}'),
  ('{"de": ["Kompost", "Biomüll", "Bioabfall"], "en": ["compost", "organic waste", "biowaste"], "uk": ["компост", "органічні відходи", "компостування"]}'),
  ('{"de": ["Sperrmüll"], "en": ["bulky waste"], "uk": ["великогабаритні відходи"]}'),
  ('{"de": ["Sondermüll", "gefährliche Abfälle", "Sonderabfall"], "en": ["hazardous waste"], "uk": ["небезпечні відходи"]}'),
  ('{"de": ["Müllverbrennung", "Müllverbrennungsanlage"], "en": ["waste incineration", "waste-to-energy", "incinerator"], "uk": ["сміттєспалювальний завод", "спалювання відходів"]}'),
  ('{"de": ["Mülltonne", "Abfallbehälter", "Müllcontainer"], "en": ["waste bins", "waste container", "rubbish bin"], "uk": ["сміттєвий контейнер", "контейнер для сміття"]}'),
  ('{"de": ["Plastikmüll", "Kunststoffabfälle"], "en": ["plastic waste"], "uk": ["пластикові відходи"]}'),
  ('{"de": ["illegale Müllablagerung", "wilde Müllkippe"], "en": ["illegal dumping", "fly-tipping"], "uk": ["стихійне сміттєзвалище", "несанкціоноване звалище"]}'),
  ('{"de": ["Kleingarten", "Schrebergarten", "Kleingartenanlage"], "en": ["allotment garden", "allotments", "allotment"], "uk": ["садова ділянка", "садове товариство"]}'),
  ('{"de": ["Gemeinschaftsgarten", "Urban Gardening"], "en": ["community garden", "urban gardening"], "uk": ["громадський город", "міський город"]}'),
  -- housing
  ('{"de": ["Miete", "Mietwohnung", "Mietwohnungen"], "en": ["rental housing", "rented flat", "rented flats"], "uk": ["оренда житла", "орендне житло"]}'),
  ('{"de": ["Mietpreisbremse", "Mietspiegel", "Mietregulierung"], "en": ["rent control", "rent regulation"], "uk": ["регулювання орендної плати"]}'),
  ('{"de": ["Leerstand", "leerstehende Gebäude"], "en": ["vacant buildings", "vacant housing", "empty homes"], "uk": ["пустуючі будівлі", "незаселене житло"]}'),
  ('{"de": ["Wohnungseigentümergemeinschaft", "Eigentümergemeinschaft"], "en": ["homeowners association", "condominium association", "owners association"], "uk": ["ОСББ", "об''єднання співвласників багатоквартирного будинку"]}'),
  ('{"de": ["Mehrfamilienhaus", "Wohnblock", "Mehrfamilienhäuser"], "en": ["apartment building", "block of flats", "multi-storey building"], "uk": ["багатоквартирний будинок", "багатоповерхівка"]}'),
  ('{"de": ["Einfamilienhaus", "Einfamilienhäuser"], "en": ["single-family house", "detached house"], "uk": ["приватний будинок", "садибна забудова"]}'),
  ('{"de": ["Wohnheim", "Studentenwohnheim"], "en": ["dormitory", "hall of residence"], "uk": ["гуртожиток"]}'),
  ('{"de": ["Wohngeld"], "en": ["housing benefit", "housing allowance"], "uk": ["житлова субсидія"]}'),
  ('{"de": ["Wohnungsnot", "Wohnungsmangel"], "en": ["housing shortage", "housing crisis"], "uk": ["нестача житла", "житлова криза"]}'),
  ('{"de": ["Aufzug", "Fahrstuhl"], "en": ["lift", "elevator"], "uk": ["ліфт"]}'),
  ('{"de": ["Dachsanierung", "Dachreparatur"], "en": ["roof repair", "roof renovation"], "uk": ["ремонт даху", "ремонт покрівлі"]}'),
  ('{"de": ["Fenstertausch", "Fensteraustausch"], "en": ["window replacement"], "uk": ["заміна вікон"]}'),
  ('{"de": ["Modulhaus", "Modulbau", "modulares Bauen"], "en": ["modular housing", "modular homes", "modular construction"], "uk": ["модульне житло", "модульні будинки", "модульне містечко"]}'),
  ('{"de": ["Holzbau"], "en": ["timber construction", "wood construction"], "uk": ["дерев''яне будівництво"]}'),
  ('{"de": ["Wohnungsbestand"], "en": ["housing stock"], "uk": ["житловий фонд"]}'),
  ('{"de": ["kommunale Wohnungen", "Gemeindewohnungen"], "en": ["municipal housing", "council housing"], "uk": ["комунальне житло"]}'),
  -- participation and governance
  ('{"de": ["Bürgerrat", "Bürgerversammlung", "Einwohnerversammlung"], "en": ["citizens assembly", "citizens council", "town meeting"], "uk": ["загальні збори громадян", "збори мешканців"]}'),
  ('{"de": ["Petition", "Online-Petition", "Bürgerantrag"], "en": ["petition", "e-petition"], "uk": ["петиція", "електронна петиція"]}'),
  ('{"de": ["Ratssitzung", "Stadtratssitzung", "Gemeinderatssitzung"], "en": ["council session", "council meeting"], "uk": ["сесія ради", "сесія міської ради"]}'),
  ('{"de": ["Ausschuss", "Fachausschuss"], "en": ["council committee", "standing committee"], "uk": ["постійна комісія", "депутатська комісія"]}'),
  ('{"de": ["Stadtverordnete", "Ratsmitglied", "Gemeinderatsmitglied"], "en": ["councillor", "councilor", "council member"], "uk": ["депутат", "депутат міської ради"]}'),
  ('{"de": ["Open Data", "offene Daten"], "en": ["open data"], "uk": ["відкриті дані"]}'),
  ('{"de": ["Bürgerbüro", "Bürgeramt", "Bürgerservice"], "en": ["one-stop shop", "administrative service centre", "citizen service centre"], "uk": ["ЦНАП", "центр надання адміністративних послуг"]}'),
  ('{"de": ["Verwaltungsleistungen", "Verwaltungsdienstleistungen"], "en": ["administrative services"], "uk": ["адміністративні послуги"]}'),
  ('{"de": ["Dezentralisierung", "Kommunalreform", "Gemeindereform"], "en": ["decentralisation", "decentralization", "local government reform"], "uk": ["децентралізація", "реформа місцевого самоврядування"]}'),
  ('{"de": ["Hromada", "territoriale Gemeinde", "Gebietsgemeinde"], "en": ["hromada", "amalgamated community", "territorial community"], "uk": ["громада", "територіальна громада", "ОТГ"]}'),
  ('{"de": ["kommunale Selbstverwaltung"], "en": ["local self-government", "local self-governance"], "uk": ["місцеве самоврядування"]}'),
  ('{"de": ["Militärverwaltung"], "en": ["military administration"], "uk": ["військова адміністрація", "міська військова адміністрація"]}'),
  ('{"de": ["Kommunalwahl", "Kommunalwahlen"], "en": ["local elections", "municipal elections"], "uk": ["місцеві вибори"]}'),
  ('{"de": ["öffentliche Vergabe", "Ausschreibung", "Vergabeverfahren"], "en": ["public procurement", "tender", "procurement"], "uk": ["публічні закупівлі", "тендер", "Prozorro"]}'),
  ('{"de": ["interkommunale Zusammenarbeit"], "en": ["inter-municipal cooperation", "intermunicipal cooperation"], "uk": ["міжмуніципальне співробітництво", "співробітництво територіальних громад"]}'),
  ('{"de": ["Städtetag", "Städteverband", "kommunaler Spitzenverband"], "en": ["association of cities", "municipal association"], "uk": ["асоціація міст", "асоціація органів місцевого самоврядування"]}'),
  ('{"de": ["Bürgerinitiative"], "en": ["citizens initiative", "grassroots initiative"], "uk": ["громадська ініціатива", "ініціативна група"]}'),
  ('{"de": ["Nichtregierungsorganisation", "NGO", "gemeinnütziger Verein"], "en": ["non-governmental organisation", "non-profit organisation"], "uk": ["громадська організація", "неурядова організація"]}'),
  ('{"de": ["Gleichstellung", "Geschlechtergerechtigkeit"], "en": ["gender equality"], "uk": ["гендерна рівність"]}'),
  ('{"de": ["Umfrage", "Befragung", "Bürgerbefragung"], "en": ["survey", "questionnaire", "opinion poll"], "uk": ["опитування", "анкетування"]}'),
  ('{"de": ["Kommunalfinanzen", "Gemeindefinanzen"], "en": ["municipal finance", "local finance"], "uk": ["місцеві фінанси"]}'),
  ('{"de": ["Grundsteuer"], "en": ["property tax"], "uk": ["податок на нерухомість", "податок на майно"]}'),
  ('{"de": ["Datenschutz", "DSGVO"], "en": ["data protection", "GDPR"], "uk": ["захист персональних даних"]}'),
  ('{"de": ["Cybersicherheit", "IT-Sicherheit"], "en": ["cybersecurity", "cyber security"], "uk": ["кібербезпека"]}'),
  ('{"de": ["Breitband", "Glasfaser", "Breitbandausbau"], "en": ["broadband", "fibre optic", "fiber optic"], "uk": ["широкосмуговий інтернет", "оптоволокно"]}'),
  ('{"de": ["Bürgertelefon", "Hotline", "Servicetelefon"], "en": ["hotline", "helpline"], "uk": ["гаряча лінія", "контакт-центр"]}'),
  ('{"de": ["Rathaus"], "en": ["town hall", "city hall"], "uk": ["ратуша"]}'),
  -- funding and cooperation
  ('{"de": ["Zuwendungsvertrag", "Fördervertrag", "Zuwendungsbescheid"], "en": ["grant agreement", "funding agreement"], "uk": ["грантова угода", "договір про надання гранту"]}'),
  ('{"de": ["Förderaufruf", "Projektaufruf"], "en": ["call for proposals", "call for applications"], "uk": ["конкурс проєктів", "грантовий конкурс"]}'),
  ('{"de": ["Spende", "Spenden", "Sachspende"], "en": ["donation", "donations", "in-kind donation"], "uk": ["пожертва", "благодійна допомога", "благодійний внесок"]}'),
  ('{"de": ["humanitäre Hilfe", "Hilfsgüter", "Hilfstransport"], "en": ["humanitarian aid", "relief supplies", "aid convoy"], "uk": ["гуманітарна допомога", "гуманітарний вантаж"]}'),
  ('{"de": ["technische Hilfe", "technische Unterstützung"], "en": ["technical assistance"], "uk": ["технічна допомога", "міжнародна технічна допомога"]}'),
  ('{"de": ["Entwicklungszusammenarbeit"], "en": ["development cooperation"], "uk": ["співробітництво у сфері розвитку"]}'),
  ('{"de": ["internationale Zusammenarbeit"], "en": ["international cooperation"], "uk": ["міжнародне співробітництво"]}'),
  ('{"de": ["Darlehen", "Kredit", "Förderkredit"], "en": ["loan"], "uk": ["кредит", "позика"]}'),
  ('{"de": ["Absichtserklärung", "Memorandum"], "en": ["memorandum of understanding", "MoU", "memorandum"], "uk": ["меморандум", "меморандум про співпрацю"]}'),
  ('{"de": ["Kooperationsvereinbarung", "Kooperationsvertrag", "Partnerschaftsvertrag"], "en": ["cooperation agreement", "partnership agreement"], "uk": ["угода про співпрацю", "договір про співробітництво"]}'),
  ('{"de": ["Crowdfunding"], "en": ["crowdfunding"], "uk": ["краудфандинг"]}'),
  ('{"de": ["Fundraising", "Spendensammlung"], "en": ["fundraising"], "uk": ["фандрейзинг", "збір коштів"]}'),
  ('{"de": ["öffentlich-private Partnerschaft", "ÖPP"], "en": ["public-private partnership", "PPP"], "uk": ["державно-приватне партнерство", "ДПП"]}'),
  ('{"de": ["Investitionen", "Investor"], "en": ["investment", "investor"], "uk": ["інвестиції", "інвестор"]}'),
  ('{"de": ["Städtenetzwerk", "Netzwerk von Städten"], "en": ["city network", "network of cities"], "uk": ["мережа міст"]}'),
  ('{"de": ["Praktikum", "Praktika"], "en": ["internship", "job shadowing"], "uk": ["стажування"]}'),
  ('{"de": ["Jugendaustausch", "Schüleraustausch"], "en": ["youth exchange", "student exchange", "school exchange"], "uk": ["молодіжний обмін", "учнівський обмін"]}'),
  -- social services, education and culture
  ('{"de": ["Musikschule"], "en": ["music school"], "uk": ["музична школа", "мистецька школа"]}'),
  ('{"de": ["Kunstschule", "Jugendkunstschule"], "en": ["art school"], "uk": ["художня школа"]}'),
  ('{"de": ["Makerspace", "offene Werkstatt", "FabLab"], "en": ["makerspace", "fab lab", "maker space"], "uk": ["мейкерспейс", "мейкерський простір"]}'),
  ('{"de": ["Jugendrat", "Jugendparlament", "Jugendbeirat"], "en": ["youth council", "youth parliament"], "uk": ["молодіжна рада"]}'),
  ('{"de": ["Arbeitsvermittlung", "Jobcenter", "Arbeitsagentur"], "en": ["employment service", "job centre", "job center"], "uk": ["центр зайнятості", "служба зайнятості"]}'),
  ('{"de": ["Umschulung", "berufliche Neuorientierung"], "en": ["retraining", "reskilling"], "uk": ["перекваліфікація", "перепідготовка"]}'),
  ('{"de": ["Gedenken", "Erinnerungskultur", "Gedenkveranstaltung"], "en": ["remembrance", "commemoration"], "uk": ["вшанування пам''яті", "пам''ятні заходи"]}'),
  ('{"de": ["Gedenkstätte", "Mahnmal", "Denkmal"], "en": ["memorial", "monument"], "uk": ["меморіал", "пам''ятник", "пам''ятний знак"]}'),
  ('{"de": ["Festival", "Stadtfest"], "en": ["festival", "city festival"], "uk": ["фестиваль", "день міста"]}'),
  ('{"de": ["Jahrmarkt", "Volksfest"], "en": ["fair", "funfair"], "uk": ["ярмарок"]}'),
  ('{"de": ["Ausstellung"], "en": ["exhibition"], "uk": ["виставка"]}'),
  ('{"de": ["Theater"], "en": ["theatre", "theater"], "uk": ["театр"]}'),
  ('{"de": ["Konzert"], "en": ["concert"], "uk": ["концерт"]}'),
  ('{"de": ["Kino"], "en": ["cinema"], "uk": ["кінотеатр"]}'),
  ('{"de": ["Archiv", "Stadtarchiv"], "en": ["archive", "city archive"], "uk": ["архів"]}'),
  ('{"de": ["Sportplatz", "Stadion", "Sportanlage"], "en": ["sports ground", "stadium", "sports field"], "uk": ["стадіон", "спортивний майданчик"]}'),
  ('{"de": ["Schwimmbad", "Hallenbad", "Freibad"], "en": ["swimming pool"], "uk": ["басейн"]}'),
  ('{"de": ["Skatepark"], "en": ["skatepark", "skate park"], "uk": ["скейтпарк", "скейт-парк"]}'),
  ('{"de": ["Ferienlager", "Sommerlager", "Ferienfreizeit"], "en": ["summer camp", "holiday camp"], "uk": ["літній табір", "дитячий табір"]}'),
  ('{"de": ["Berufsschule", "Berufsfachschule"], "en": ["vocational school"], "uk": ["професійно-технічне училище", "заклад професійної освіти"]}'),
  ('{"de": ["inklusive Bildung"], "en": ["inclusive education"], "uk": ["інклюзивна освіта"]}'),
  ('{"de": ["Erwachsenenbildung", "Volkshochschule"], "en": ["adult education", "adult learning"], "uk": ["освіта дорослих"]}'),
  ('{"de": ["Medienkompetenz", "digitale Kompetenzen"], "en": ["digital literacy", "digital skills"], "uk": ["цифрова грамотність"]}'),
  ('{"de": ["Kinderschutz", "Jugendamt"], "en": ["child protection", "child welfare"], "uk": ["захист дітей", "служба у справах дітей"]}'),
  ('{"de": ["Pflegefamilie", "Pflegekinder"], "en": ["foster family", "foster care"], "uk": ["прийомна сім''я", "дитячий будинок сімейного типу"]}'),
  ('{"de": ["Menschen mit Behinderung", "Behinderung"], "en": ["people with disabilities", "disability", "persons with disabilities"], "uk": ["люди з інвалідністю", "особи з інвалідністю", "інвалідність"]}'),
  ('{"de": ["Rehabilitation", "Reha"], "en": ["rehabilitation"], "uk": ["реабілітація"]}'),
  ('{"de": ["Apotheke"], "en": ["pharmacy"], "uk": ["аптека"]}'),
  ('{"de": ["Hausarzt", "Allgemeinmedizin", "Arztpraxis"], "en": ["family doctor", "general practitioner", "primary health care"], "uk": ["сімейний лікар", "амбулаторія", "первинна медична допомога"]}'),
  ('{"de": ["Poliklinik"], "en": ["polyclinic", "outpatient clinic"], "uk": ["поліклініка"]}'),
  ('{"de": ["Impfung", "Impfkampagne"], "en": ["vaccination", "immunisation"], "uk": ["вакцинація", "щеплення"]}'),
  ('{"de": ["Telemedizin"], "en": ["telemedicine"], "uk": ["телемедицина"]}'),
  ('{"de": ["Lebensmittelhilfe", "Tafel", "Lebensmittelpakete"], "en": ["food bank", "food aid", "food parcels"], "uk": ["продуктові набори", "продуктова допомога"]}'),
  ('{"de": ["Sozialhilfe", "Sozialleistungen"], "en": ["social assistance", "social benefits", "welfare benefits"], "uk": ["соціальна допомога", "соціальні виплати"]}'),
  ('{"de": ["Altersrente", "Rentner"], "en": ["pension", "pensions"], "uk": ["пенсія"]}'),
  ('{"de": ["Armut", "Armutsbekämpfung"], "en": ["poverty", "poverty reduction"], "uk": ["бідність", "подолання бідності"]}'),
  ('{"de": ["häusliche Gewalt"], "en": ["domestic violence"], "uk": ["домашнє насильство"]}'),
  ('{"de": ["Fachkräftemangel", "Personalmangel"], "en": ["skills shortage", "labour shortage", "staff shortage"], "uk": ["дефіцит кадрів", "нестача кадрів"]}'),
  -- local economy
  ('{"de": ["Touristinformation", "Tourist-Information"], "en": ["tourist information centre", "visitor centre"], "uk": ["туристично-інформаційний центр"]}'),
  ('{"de": ["Gründerzentrum", "Inkubator", "Gründungszentrum"], "en": ["business incubator", "incubator"], "uk": ["бізнес-інкубатор"]}'),
  ('{"de": ["Startup", "Start-up", "Existenzgründung"], "en": ["start-up", "startup", "business start-up"], "uk": ["стартап"]}'),
  ('{"de": ["KMU", "kleine und mittlere Unternehmen", "Mittelstand"], "en": ["SMEs", "small and medium-sized enterprises", "small businesses"], "uk": ["малий і середній бізнес", "МСБ", "малий бізнес"]}'),
  ('{"de": ["Landwirtschaft", "Landwirte"], "en": ["agriculture", "farming", "farmers"], "uk": ["сільське господарство", "фермери"]}'),
  ('{"de": ["Coworking", "Coworking-Space"], "en": ["coworking", "coworking space"], "uk": ["коворкінг"]}'),
  -- public services
  ('{"de": ["Löschfahrzeug", "Feuerwehrauto", "Feuerwehrfahrzeug", "Drehleiter"], "en": ["fire engine", "fire truck", "fire appliance"], "uk": ["пожежний автомобіль", "пожежна машина"]}'),
  ('{"de": ["Müllfahrzeug", "Müllwagen", "Abfallsammelfahrzeug"], "en": ["waste collection vehicle", "refuse truck", "garbage truck"], "uk": ["сміттєвоз"]}'),
  ('{"de": ["Kehrmaschine", "Straßenkehrmaschine"], "en": ["street sweeper", "road sweeper"], "uk": ["підмітальна машина", "підмітально-прибиральна машина"]}'),
  ('{"de": ["Kommunalfahrzeug", "Kommunaltechnik", "Kommunalfahrzeuge"], "en": ["municipal vehicles", "utility vehicles"], "uk": ["комунальна техніка"]}'),
  ('{"de": ["Friedhof"], "en": ["cemetery", "graveyard"], "uk": ["кладовище", "цвинтар"]}'),
  ('{"de": ["öffentliche Toilette", "öffentliche Toiletten"], "en": ["public toilet", "public toilets"], "uk": ["громадський туалет", "громадські вбиральні"]}'),
  ('{"de": ["Spielplatz", "Kinderspielplatz"], "en": ["playground", "children''s playground"], "uk": ["дитячий майданчик", "ігровий майданчик"]}'),
  ('{"de": ["Ordnungsamt", "kommunaler Ordnungsdienst"], "en": ["municipal police", "public order service"], "uk": ["муніципальна варта", "муніципальна поліція"]}'),
  ('{"de": ["Polizei"], "en": ["police"], "uk": ["поліція"]}'),
  ('{"de": ["Videoüberwachung"], "en": ["video surveillance", "CCTV"], "uk": ["відеоспостереження"]}'),
  -- safety and recovery
  ('{"de": ["Blindgänger", "Kampfmittel", "explosive Kriegsreste"], "en": ["unexploded ordnance", "UXO", "explosive remnants of war"], "uk": ["вибухонебезпечні предмети", "нерозірвані боєприпаси"]}'),
  ('{"de": ["Kriegsschäden", "Schadenserfassung"], "en": ["war damage", "damage assessment"], "uk": ["руйнування", "оцінка пошкоджень"]}'),
  ('{"de": ["Beschuss", "Raketenangriff", "Luftangriff"], "en": ["shelling", "missile attack", "air strike"], "uk": ["обстріл", "ракетний удар"]}'),
  ('{"de": ["Luftalarm", "Fliegeralarm"], "en": ["air raid alert", "air raid warning"], "uk": ["повітряна тривога"]}'),
  ('{"de": ["Evakuierung"], "en": ["evacuation"], "uk": ["евакуація"]}'),
  ('{"de": ["kritische Infrastruktur"], "en": ["critical infrastructure"], "uk": ["критична інфраструктура"]}'),
  ('{"de": ["Wiederaufbauplan"], "en": ["recovery plan", "reconstruction plan"], "uk": ["план відновлення", "програма комплексного відновлення"]}'),
  ('{"de": ["Wärmestube", "Wärmepunkt"], "en": ["warming centre", "heating point", "invincibility point"], "uk": ["пункт незламності", "пункт обігріву"]}'),
  ('{"de": ["Erste Hilfe"], "en": ["first aid"], "uk": ["перша допомога", "домедична допомога"]}')
) AS t(terms);
--> statement-breakpoint
-- Common names that the entries of the same ideas lacked (Dämmung, утеплення, solar panels, sewer,
-- public hearing, partner town, school canteen, house of culture), added to the entry with the first.
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{de}', (terms -> 'de') || '["Dämmung"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Wärmedämmung' AND NOT (terms -> 'de' ? 'Dämmung');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{uk}', (terms -> 'uk') || '["утеплення"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Wärmedämmung' AND NOT (terms -> 'uk' ? 'утеплення');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{de}', (terms -> 'de') || '["PV-Anlage"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Photovoltaik' AND NOT (terms -> 'de' ? 'PV-Anlage');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{en}', (terms -> 'en') || '["solar panels"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Photovoltaik' AND NOT (terms -> 'en' ? 'solar panels');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{uk}', (terms -> 'uk') || '["сонячна енергетика"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Photovoltaik' AND NOT (terms -> 'uk' ? 'сонячна енергетика');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{de}', (terms -> 'de') || '["Abwasserkanal"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Kanalisation' AND NOT (terms -> 'de' ? 'Abwasserkanal');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{en}', (terms -> 'en') || '["sewer"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Kanalisation' AND NOT (terms -> 'en' ? 'sewer');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{uk}', (terms -> 'uk') || '["каналізаційні мережі"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Kanalisation' AND NOT (terms -> 'uk' ? 'каналізаційні мережі');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{de}', (terms -> 'de') || '["öffentliche Anhörung"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Öffentlichkeitsbeteiligung' AND NOT (terms -> 'de' ? 'öffentliche Anhörung');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{en}', (terms -> 'en') || '["public hearing"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Öffentlichkeitsbeteiligung' AND NOT (terms -> 'en' ? 'public hearing');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{de}', (terms -> 'de') || '["Partnerstadt"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Städtepartnerschaft' AND NOT (terms -> 'de' ? 'Partnerstadt');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{en}', (terms -> 'en') || '["partner town"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Städtepartnerschaft' AND NOT (terms -> 'en' ? 'partner town');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{uk}', (terms -> 'uk') || '["місто-партнер"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Städtepartnerschaft' AND NOT (terms -> 'uk' ? 'місто-партнер');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{de}', (terms -> 'de') || '["Mensa"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Schulessen' AND NOT (terms -> 'de' ? 'Mensa');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{de}', (terms -> 'de') || '["Schulkantine"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Schulessen' AND NOT (terms -> 'de' ? 'Schulkantine');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{en}', (terms -> 'en') || '["school canteen"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Schulessen' AND NOT (terms -> 'en' ? 'school canteen');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{uk}', (terms -> 'uk') || '["шкільна їдальня"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Schulessen' AND NOT (terms -> 'uk' ? 'шкільна їдальня');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{de}', (terms -> 'de') || '["Kulturhaus"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Kulturzentrum' AND NOT (terms -> 'de' ? 'Kulturhaus');
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{uk}', (terms -> 'uk') || '["будинок культури"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Kulturzentrum' AND NOT (terms -> 'uk' ? 'будинок культури');
--> statement-breakpoint
-- A term in two entries joins their ideas: an ОСББ is a homeowners' association (above), not a
-- housing cooperative (ЖБК); street trees have their own entry apart from urban green; psychological
-- help has its own apart from psychosocial support.
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{uk}', ((terms -> 'uk') - 'ОСББ') || '["ЖБК"]'::jsonb)
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'en' ? 'housing cooperative' AND terms -> 'uk' ? 'ОСББ';
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{de}', (terms -> 'de') - 'Straßenbäume')
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'Stadtgrün' AND terms -> 'de' ? 'Straßenbäume';
--> statement-breakpoint
UPDATE search_thesaurus SET terms = jsonb_set(terms, '{uk}', (terms -> 'uk') - 'психологічна допомога')
WHERE workspace_id = '00000000-0000-4000-a000-000000000001' AND terms -> 'de' ? 'psychosoziale Unterstützung' AND terms -> 'uk' ? 'психологічна допомога';
