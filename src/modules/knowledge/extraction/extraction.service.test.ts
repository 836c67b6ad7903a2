import { describe, expect, it } from 'vitest';
import { extractionContractSchema, extractReport, toContract, ExtractionInputError } from './extraction.service.js';

/** A news item on the last leg of a visit programme, with a twinning and a district partnership. */
const VISIT = `Seit heute (4. Juni) ist eine Delegation aus dem Kiewer Bezirk Obolon zu Gast in Leipzig. Zu den zwölf Gästen gehören Abgeordnete des Stadtrats, Mitarbeitende der Bezirksverwaltung von Kiew-Obolon und Vertreter kommunaler Betriebe. Der viertägige Aufenthalt schließt ein Austauschprogramm ab, das mit einem Besuch im Februar dieses Jahres begann.

Gemeinsam mit dem Amt für Wohnungsbau und Stadterneuerung, dem Stadtplanungsamt und der Wohnungsbaugenossenschaft Kontakt eG erarbeiten die Gäste Vorschläge für die Sanierung von Wohnhöfen und für Bürgerbeteiligung in Leipzig-Grünau.

Das Vorhaben wird über das Programm „Kommunale Partnerschaften mit der Ukraine“ gefördert und ergänzt die seit 1961 gepflegte Städtepartnerschaft zwischen Leipzig und Kiew.`;

/** A workshop write-up with a page date, a list of towns in German transliteration and a conference in passing. */
const WORKSHOP = `05.12.2023

Energie für den Wiederaufbau: Rückblick auf den Planungsworkshop

Der Workshop des Netzwerks Connective Cities fand vom 21. bis 22. November 2023 in Nürnberg, Deutschland, statt – drei Wochen nach einer Fachkonferenz in Dresden. Mehr als 40 Teilnehmende aus Schytomyr, Tscherniwzi, Bila Zerkwa, Kowel und Dubno sowie aus Prizren und Gjakova diskutierten mit Fachleuten der Stadtwerke Nürnberg und der N-ERGIE über Wärmenetze und Solarenergie.`;

/** A project profile without dates. */
const PROJECT = `Navigation und Service

Nachbarschaft stärken in Dresden-Gorbitz

Ziele
Das Projekt der Landeshauptstadt Dresden erprobt, wie Bewohnerinnen und Bewohner sich an der Gestaltung ihres Quartiers beteiligen können.

Projektträger
  • Stadt Dresden, Amt für Stadtplanung und Mobilität

Partner
  • Büro Stadtteilwerk GmbH

Förderung: Städtebauförderprogramm „Sozialer Zusammenhalt“`;

/** A network meeting in English. */
const MEETING = `Neighbourhood managers meet in Görlitz

On 12 September the members of the Saxon network of neighbourhood managers met at the town hall of Görlitz. A total of 22 participants from nine towns discussed the "Social City" programme and took part in a walking tour through the old town.`;

describe('extractReport', () => {
  it('reads a visit: kind, dates stretched to the stay, venue, towns, offices, programme, partnerships, count', () => {
    const extraction = extractReport(VISIT, { published: '2019-06-04' });
    const contract = toContract(extraction);
    expect(contract.language).toBe('de');
    expect(contract.kind).toBe('delegation_visit');
    expect([contract.startDate, contract.endDate]).toEqual(['2019-06-04', '2019-06-07']);
    expect(contract.venue).toEqual({ name: 'Leipzig', country: 'DE' });
    expect(contract.municipalities).toEqual([
      { name: 'Kiew', canonical: 'Kyiv', country: 'UA', role: 'participant' },
      { name: 'Leipzig', canonical: 'Leipzig', country: 'DE', role: 'venue' },
    ]);
    expect(contract.organizations).toEqual(
      expect.arrayContaining([
        { name: 'Amt für Wohnungsbau und Stadterneuerung', kind: 'municipal_office' },
        { name: 'Stadtplanungsamt', kind: 'municipal_office' },
        { name: 'Wohnungsbaugenossenschaft Kontakt eG', kind: 'housing_cooperative' },
      ]),
    );
    expect(contract.fundingProgrammes).toEqual([{ name: 'Kommunale Partnerschaften mit der Ukraine' }]);
    expect(contract.partnerships).toEqual([{ a: 'Leipzig', b: 'Kiew', since: 1961 }]);
    expect(contract.participantCount).toBe(12);
    expect(contract.themes).toEqual(expect.arrayContaining(['participation']));
  });

  it('reads a workshop: headline after the page date, the main event not the conference in passing, towns in German spelling', () => {
    const contract = toContract(extractReport(WORKSHOP));
    expect(contract.kind).toBe('workshop');
    expect(contract.title).toBe('Energie für den Wiederaufbau: Rückblick auf den Planungsworkshop');
    expect([contract.startDate, contract.endDate]).toEqual(['2023-11-21', '2023-11-22']);
    expect(contract.venue).toEqual({ name: 'Nürnberg', country: 'DE' });
    expect(contract.municipalities.map((town) => town.canonical)).toEqual([
      'Nuremberg', 'Dresden', 'Zhytomyr', 'Chernivtsi', 'Bila Tserkva', 'Kovel', 'Dubno', 'Prizren', 'Gjakova',
    ]);
    expect(contract.organizations).toEqual(
      expect.arrayContaining([
        { name: 'Connective Cities', kind: 'network' },
        { name: 'Stadtwerke Nürnberg', kind: 'utility' },
        { name: 'N-ERGIE', kind: 'utility' },
      ]),
    );
    expect(contract.participantCount).toBe(40);
    expect(contract.themes).toEqual(expect.arrayContaining(['energy-networks', 'renewable-energy']));
  });

  it('reads a project profile: no dates, no venue, the carrier office and the consultancy', () => {
    const contract = toContract(extractReport(PROJECT));
    expect(contract.kind).toBe('project');
    expect(contract.title).toBe('Nachbarschaft stärken in Dresden-Gorbitz');
    expect([contract.startDate, contract.endDate, contract.venue]).toEqual([null, null, null]);
    expect(contract.municipalities).toEqual([{ name: 'Dresden', canonical: 'Dresden', country: 'DE', role: 'mentioned' }]);
    expect(contract.organizations).toEqual(
      expect.arrayContaining([
        { name: 'Amt für Stadtplanung und Mobilität', kind: 'municipal_office' },
        { name: 'Büro Stadtteilwerk GmbH', kind: 'consultancy' },
      ]),
    );
    expect(contract.fundingProgrammes).toEqual([{ name: 'Sozialer Zusammenhalt' }]);
  });

  it('reads an English network meeting with the year from the publication date', () => {
    const contract = toContract(extractReport(MEETING, { published: '2016-09-20' }));
    expect(contract.language).toBe('en');
    expect(contract.kind).toBe('network_meeting');
    expect([contract.startDate, contract.endDate]).toEqual(['2016-09-12', '2016-09-12']);
    expect(contract.venue).toEqual({ name: 'Görlitz', country: 'DE' });
    expect(contract.participantCount).toBe(22);
    expect(contract.fundingProgrammes).toEqual([{ name: 'Social City' }]);
  });

  it('keeps offsets and sentences a review page can highlight', () => {
    const extraction = extractReport(VISIT, { published: '2019-06-04' });
    for (const municipality of extraction.municipalities) {
      for (const mention of municipality.mentions) {
        expect(VISIT.slice(mention.sentenceStart, mention.sentenceEnd)).toBe(mention.sentence);
        expect(mention.start).toBeGreaterThanOrEqual(mention.sentenceStart);
        expect(mention.end).toBeLessThanOrEqual(mention.sentenceEnd);
      }
      expect(municipality.geonamesId).toBeGreaterThan(0);
    }
    for (const organization of extraction.organizations) expect(VISIT.slice(organization.evidence.start, organization.evidence.end)).toBe(organization.name);
    expect(extraction.venue?.geonamesId).toBe(2879139);
    expect(['heute', '4. Juni']).toContain(VISIT.slice(extraction.dates!.evidence.start, extraction.dates!.evidence.end));
  });

  it('honours a given language and refuses a malformed publication date', () => {
    expect(extractReport(MEETING, { language: 'de' }).language).toEqual({ language: 'de', source: 'given', confidence: 1 });
    expect(() => extractReport(MEETING, { published: '2016-02-30' })).toThrow(ExtractionInputError);
  });

  it('detects German, English and Ukrainian', () => {
    expect(extractReport(VISIT).language.language).toBe('de');
    expect(extractReport(MEETING).language.language).toBe('en');
    expect(extractReport('Делегація з Вінниці відвідала Київ 12 травня 2023 року, щоб обговорити енергетичні мережі та участь мешканців.').language.language).toBe('uk');
  });
});

describe('the contract', () => {
  it('has every key in the documented order, with valid types, enums and ISO formats', () => {
    for (const [text, published] of [[VISIT, '2019-06-04'], [WORKSHOP, undefined], [PROJECT, undefined], [MEETING, '2016-09-20'], ['', undefined], ['Kurz.', undefined]] as const) {
      const contract = toContract(extractReport(text, { published }));
      expect(Object.keys(contract)).toEqual([
        'language', 'kind', 'title', 'startDate', 'endDate', 'venue', 'municipalities', 'organizations', 'themes', 'fundingProgrammes',
        'partnerships', 'participantCount', 'evidence',
      ]);
      expect(extractionContractSchema.safeParse(contract).error?.issues ?? []).toEqual([]);
      for (const evidence of contract.evidence) expect(text).toContain(evidence.sentence);
    }
  });

  it('names each proposal in the evidence by its place in the contract', () => {
    const contract = toContract(extractReport(WORKSHOP));
    const fields = contract.evidence.map((evidence) => evidence.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'title', 'startDate', 'endDate', 'venue', 'municipalities[0]', 'organizations[0]', 'participantCount']));
    expect(fields).toContain(`municipalities[${contract.municipalities.length - 1}]`);
  });
  it('reads a Ukrainian report: inflected town names with their roles, the venue and the city council', () => {
    const contract = toContract(
      extractReport(
        'Делегація з Вінниці у Бремені\n\nЗ 26 по 29 серпня 2024 року делегація Вінницької міської ради перебувала у Бремені. Гості з Вінниці обговорили з колегами постачання питної води. Наступна зустріч відбудеться у Львові.',
      ),
    );
    expect(contract.language).toBe('uk');
    expect([contract.startDate, contract.endDate]).toEqual(['2024-08-26', '2024-08-29']);
    expect(contract.venue).toMatchObject({ country: 'DE' });
    const roles = Object.fromEntries(contract.municipalities.map((town) => [town.canonical, town.role]));
    expect(roles).toMatchObject({ Vinnytsia: 'participant', Bremen: 'venue' });
    expect(contract.municipalities.find((town) => town.canonical === 'Vinnytsia')?.name).toBe('Вінниця');
    expect(contract.organizations).toContainEqual({ name: 'Вінницька міська рада', kind: 'municipal_office' });
  });
});
