import { describe, expect, it } from 'vitest';
import { searcher, useSearchCorpus } from '../../../../test/support/search-fixtures.js';
import { useTestApp } from '../../../../test/support/test-app.js';

const DOCUMENTS = {
  german: { language: 'de', title: 'Fernwärme für die Altstadt', text: 'Die Stadtwerke bauen das Netz aus.' },
  english: { language: 'en', title: 'Modernising district heating', text: 'Pipes and substations are being replaced across the city.' },
  ukrainian: { language: 'uk', title: 'Модернізація мереж', text: 'Місто оновлює теплопостачання у старих кварталах.' },
  housing: { language: 'en', title: 'Affordable housing in the centre', text: 'The municipality builds flats for families.' },
  unrelated: { language: 'de', title: 'Ein neuer Sandkasten', text: 'Kinder bauen mit am Sandkasten.' },
  managementPhrase: { language: 'en', title: 'Neighbourhood management in practice', text: 'Offices on site since 2005.' },
  managementGerman: { language: 'de', title: 'Quartiersmanagement in Grünau', text: 'Das Büro vermittelt zwischen Verwaltung und Vereinen.' },
  wordsApart: { language: 'en', title: 'Waste management plan', text: 'The neighbourhood council discussed the collection rounds.' },
  sportsClub: { language: 'de', title: 'Der Sportverein sucht eine Partnerstadt', text: 'Handball und Leichtathletik für Jugendliche.' },
  // Everyday subjects of municipal practice, each written in one language only.
  zoningPlan: { language: 'de', title: 'Bebauungsplan „Am Mühlbach“ ausgelegt', text: 'Die Pläne liegen vier Wochen im Rathaus aus.' },
  condominium: { language: 'uk', title: 'ОСББ «Світанок» утеплило фасад', text: 'Мешканці зібрали співфінансування на роботи.' },
  charging: { language: 'uk', title: 'У місті з’явилися нові зарядні станції', text: 'Водії електромобілів заряджають авто біля ринку.' },
  serviceCentre: { language: 'de', title: 'Das Bürgerbüro öffnet jetzt auch samstags', text: 'Pässe und Meldebescheinigungen ohne Termin.' },
  cemetery: { language: 'en', title: 'New paths for the old cemetery', text: 'The works start in spring.' },
  playground: { language: 'uk', title: 'Новий дитячий майданчик у парку', text: 'Гойдалки та пісочниця для малечі.' },
  cooperative: { language: 'de', title: 'Die Wohnungsgenossenschaft baut neu', text: 'Vierzig Wohnungen entstehen am Stadtrand.' },
};

describe('search finds one idea in three languages', () => {
  const testApp = useTestApp({ demoData: false });
  const { reader, ids } = useSearchCorpus(testApp, 'Sprachen', { kind: 'report' }, DOCUMENTS);

  const searchAs = searcher(() => testApp.current.app);
  const search = (q: string) => searchAs({ q, type: 'document', limit: '50' }, reader);

  it('expands a query to its equivalents, ranks them below the words typed and says so', async () => {
    const german = await search('Fernwärme');
    expect(german.items[0]!.id).toBe(ids.german);
    expect(new Set(german.items.map((item) => item.id))).toEqual(new Set([ids.german, ids.english, ids.ukrainian]));
    expect(german.alsoSearched).toEqual(expect.arrayContaining(['district heating', 'теплопостачання']));

    const english = await search('district heating');
    expect(english.items[0]!.id).toBe(ids.english);
    expect(new Set(english.items.map((item) => item.id))).toEqual(new Set([ids.german, ids.english, ids.ukrainian]));

    const ukrainian = await search('теплопостачання');
    expect(ukrainian.items[0]!.id).toBe(ids.ukrainian);
    expect(ukrainian.alsoSearched).toContain('Fernwärme');
  });

  it('ranks the equivalents of an idea of several words above records that only have its words apart', async () => {
    const result = await search('neighbourhood management');
    expect(result.alsoSearched).toContain('Quartiersmanagement');
    const order = result.items.map((item) => item.id);
    expect(order.slice(0, 3)).toEqual([ids.managementPhrase, ids.managementGerman, ids.wordsApart]);
  });

  it('looks a Ukrainian phrase up in the thesaurus in any form of its words', async () => {
    const result = await search('спортивні клуби');
    expect(result.alsoSearched).toContain('Sportverein');
    expect(result.alsoSearched).not.toContain('спортивний клуб');
    expect(result.items.map((item) => item.id)).toContain(ids.sportsClub!);
  });

  it('expands nothing for words no entry knows', async () => {
    const result = await search('Sandkasten');
    expect(result.alsoSearched).toEqual([]);
    expect(result.items.map((item) => item.id)).toEqual([ids.unrelated]);
  });

  describe('the shipped vocabulary of municipal practice', () => {
    const found = async (q: string) => (await search(q)).items.map((item) => item.id);

    it('finds a record written in another language by its idea', async () => {
      expect(await found('zoning plan')).toEqual([ids.zoningPlan]);
      expect(await found('homeowners association')).toEqual([ids.condominium]);
      expect(await found('Ladestation')).toEqual([ids.charging]);
      expect(await found('ЦНАП')).toEqual([ids.serviceCentre]);
      expect(await found('Friedhof')).toEqual([ids.cemetery]);
      expect(await found('playground')).toEqual([ids.playground]);
    });

    it('says what it also searched for', async () => {
      const result = await search('Bebauungsplan');
      expect(result.alsoSearched).toEqual(expect.arrayContaining(['zoning plan', 'детальний план території']));
    });

    it('keeps a homeowners’ association (ОСББ) apart from a housing cooperative', async () => {
      const result = await search('ОСББ');
      expect(result.alsoSearched).toContain('Wohnungseigentümergemeinschaft');
      expect(result.alsoSearched).not.toContain('Wohnungsgenossenschaft');
      expect(result.items.map((item) => item.id)).toEqual([ids.condominium]);
    });
  });
});
