import { describe, expect, it } from 'vitest';
import { searcher, useSearchCorpus } from '../../../../test/support/search-fixtures.js';
import { useTestApp } from '../../../../test/support/test-app.js';

// Records on everyday subjects of municipal practice, each written in one language only.
const DOCUMENTS = {
  zoningPlan: { language: 'de', title: 'Bebauungsplan „Am Mühlbach“ ausgelegt', text: 'Die Pläne liegen vier Wochen im Rathaus aus.' },
  condominium: { language: 'uk', title: 'ОСББ «Світанок» утеплило фасад', text: 'Мешканці зібрали співфінансування на роботи.' },
  charging: { language: 'uk', title: 'У місті з’явилися нові зарядні станції', text: 'Водії електромобілів заряджають авто біля ринку.' },
  serviceCentre: { language: 'de', title: 'Das Bürgerbüro öffnet jetzt auch samstags', text: 'Pässe und Meldebescheinigungen ohne Termin.' },
  cemetery: { language: 'en', title: 'New paths for the old cemetery', text: 'The works start in spring.' },
  playground: { language: 'uk', title: 'Новий дитячий майданчик у парку', text: 'Гойдалки та пісочниця для малечі.' },
  cooperative: { language: 'de', title: 'Die Wohnungsgenossenschaft baut neu', text: 'Vierzig Wohnungen entstehen am Stadtrand.' },
};

describe('the shipped thesaurus names the vocabulary of municipal practice in three languages', () => {
  const testApp = useTestApp({ demoData: false });
  const { reader, ids } = useSearchCorpus(testApp, 'Wortschatz', { kind: 'report' }, DOCUMENTS);

  const searchAs = searcher(() => testApp.current.app);
  const search = (q: string) => searchAs({ q, type: 'document', limit: '50' }, reader);
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
