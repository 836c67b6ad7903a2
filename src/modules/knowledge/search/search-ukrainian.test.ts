import { describe, expect, it } from 'vitest';
import { searcher, useSearchCorpus } from '../../../../test/support/search-fixtures.js';
import { useTestApp } from '../../../../test/support/test-app.js';

const DOCUMENTS = {
  partnership: { title: 'Нові партнерства громад', text: 'Громади обговорили, як розвивати співпрацю.' },
  instrumental: { title: 'Звіт про поїздку', text: 'Ми пишаємося партнерством з містом Лейпциг та спільними проєктами.' },
  nominative: { title: 'Партнерство у сфері освіти', text: 'Школи обмінюються досвідом.' },
  heating: { title: 'Модернізація мереж', text: 'Теплопостачанням міста опікується комунальне підприємство.' },
  other: { title: 'Парк у центрі', text: 'Мешканці висадили дерева.' },
  displaced: { title: 'Центр допомоги', text: 'Громада прихистила сотні переселенців зі сходу.' },
  renewal: { title: 'Оновлення бібліотеки', text: 'Бібліотека отримала нові меблі.' },
  rebuilding: { title: 'Відбудова ліцею', text: 'Ліцей відбудовують після обстрілу.' },
};

describe('search meets Ukrainian words in any of their forms', () => {
  const testApp = useTestApp({ demoData: false });
  const { workspace, reader, ids } = useSearchCorpus(testApp, 'Громади', { kind: 'news', language: 'uk' }, DOCUMENTS);

  const search = searcher(() => testApp.current.app);
  const found = async (q: string) => (await search({ q, type: 'document', limit: '50' }, reader)).items.map((item) => item.id).sort();

  it('finds партнерства, партнерством and партнерство by any of them', async () => {
    const expected = [ids.partnership, ids.instrumental, ids.nominative].sort();
    for (const q of ['партнерства', 'партнерством', 'партнерство', 'партнерству']) expect(await found(q), q).toEqual(expected);
  });

  it('takes a town named in one of its cases for the town, in every language', async () => {
    const post = async (url: string, payload: object) => {
      const response = await testApp.current.app.inject({ method: 'POST', url, headers: reader.headers, payload: { workspaceId: workspace.id, visibility: 'workspace', ...payload } });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const town = await post('/api/places', { kind: 'municipality', name: 'Poltava', names: { de: 'Poltawa', en: 'Poltava', uk: 'Полтава' }, countryCode: 'UA' });
    const report = await post('/api/documents', {
      kind: 'report', language: 'en', publishedOn: '2024-03-01', sourceUrl: null,
      title: 'Home care for older people', text: 'Poltava trains social workers for home visits.', links: [{ recordType: 'place', recordId: town }],
    });
    for (const q of ['Полтаві', 'Полтавою']) expect(await found(q), q).toContain(report);
  });

  it('finds a noun in the instrumental by its dictionary form, and nothing unrelated', async () => {
    expect(await found('теплопостачання')).toEqual([ids.heating]);
    expect(await found('громада')).toEqual([ids.displaced, ids.partnership].sort());
    // The vowel that drops in other cases (переселенець, переселенців): a dictionary knows, a cut-off ending does not.
    expect(await found('переселенець')).toEqual([ids.displaced]);
  });

  it('corrects a misspelt word, but not a word of the Ukrainian dictionary that no text has', async () => {
    // "відновлення" is not "оновлення"; the thesaurus names "відбудова" beside it.
    const restoration = await search({ q: 'відновлення', type: 'document' }, reader);
    expect(restoration.corrections).toEqual([]);
    expect(restoration.items.map((item) => item.id)).toEqual([ids.rebuilding]);
    expect(restoration.alsoSearched).toContain('відбудова');
    const typo = await search({ q: 'партнерсво', type: 'document' }, reader);
    expect(typo.corrections[0]?.term).toBe('партнерсво');
    expect(typo.items.map((item) => item.id)).toContain(ids.nominative);
  });
});
