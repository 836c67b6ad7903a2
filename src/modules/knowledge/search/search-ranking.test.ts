import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/support/test-app.js';
import { documentAdder, searcher, type DocumentFields } from '../../../../test/support/search-fixtures.js';
import { createTestUser, createTestWorkspace, workspaceWithUsers } from '../../../../test/support/test-users.js';
import { CANDIDATES } from './search.service.js';

describe('search ranking and limits', () => {
  const testApp = useTestApp({ demoData: false });
  const search = searcher(() => testApp.current.app);

  /** A new workspace, its owner, and a function that adds a public German report there as the owner. */
  const workspaceWithReports = async (name: string) => {
    const { workspace, owner } = await workspaceWithUsers(testApp.current.database.db, name, { owner: 'owner' });
    const addDocument = documentAdder(() => testApp.current.app, owner, { workspaceId: workspace.id, kind: 'report', language: 'de', visibility: 'public' });
    const add = (title: string, text: string, fields: DocumentFields = {}) => addDocument({ title, text, ...fields });
    return { workspace, owner, add };
  };

  /** Public German news straight into the table, many at a time; `title` and `text` are SQL of their number `i`. */
  const insertNews = (workspaceId: string, ...batches: { count: number; title: string; text: string; language?: string }[]) =>
    testApp.current.database.pool.query(
      `INSERT INTO documents (workspace_id, visibility, kind, language, title, text, sort_date) ${batches
        .map(({ count, title, text, language = 'de' }) => `SELECT $1::uuid, 'public', 'news', '${language}', ${title}, ${text}, date '2020-01-01' + i FROM generate_series(1, ${count}) i`)
        .join(' UNION ALL ')}`,
      [workspaceId],
    );

  it('finds words in any form, without accents, with typos; counts facets; pages by cursor; keeps private records to their viewers', async () => {
    const reports = await workspaceWithReports('Search checks');
    const owner = reports.owner;
    const add = (title: string, text: string, visibility = 'public', publishedOn = '2023-06-01') => reports.add(title, text, { visibility, publishedOn });
    const report = await add('Werkstatt in München zur Partnerschaft', 'Die Stadtwerke berieten über Fernwärme und Notstrom.');
    for (let i = 0; i < 22; i++) await add(`Notiz ${i} zur Fernwärme`, `Fernwärme im Quartier ${i}.`, 'public', `20${10 + (i % 5)}-01-01`);
    const secret = await add('Vertrauliche Partnerschaften', 'Nur für die Mitglieder.', 'private');

    const stemmed = await search({ q: 'Partnerschaften' });
    expect(stemmed.items.map((item) => item.id)).toEqual([report]);
    expect(stemmed.estimated).toBe(false);
    expect((await search({ q: 'Partnerschaften' }, owner)).items.map((item) => item.id).sort()).toEqual([report, secret].sort());
    expect((await search({ q: 'Munchen' })).items[0]?.id).toBe(report);
    const typo = await search({ q: 'Partnershaft' });
    expect(typo.corrections[0]?.term).toBe('Partnershaft');
    expect(typo.items[0]?.id).toBe(report);

    // Stop words of a longer query are left out; a year finds the records of that year.
    expect((await search({ q: 'the Werkstatt' })).items.map((item) => item.id)).toEqual([report]);
    // Few records with every word: they come first, then those with some of the words.
    const withYear = await search({ q: 'Fernwärme 2023' });
    expect(withYear.items[0]?.id).toBe(report);
    expect(withYear.matched).toBe('all');
    expect(withYear.items.length).toBeGreaterThan(1);

    const first = await search({ q: 'Fernwärme', limit: '20' });
    expect(first.total).toBe(23);
    expect(first.facets?.type).toEqual([{ value: 'document', count: 23 }]);
    expect(first.facets?.year.find((year) => year.value === '2023')?.count).toBe(1);
    expect(first.items[0]?.snippet.some((segment) => segment.hit)).toBe(true);
    const second = await search({ q: 'Fernwärme', limit: '20', cursor: first.nextCursor! });
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(23);
    expect((await search({ q: 'Fernwärme', year: '2023' })).total).toBe(1);
  });

  it('ranks only a bounded set of candidates for a word in many records, keeping titles first, and estimates the total', async () => {
    const { pool } = testApp.current.database;
    const { workspace, add } = await workspaceWithReports('Many records');
    // Many documents mention the word in their text; the one with it in its title is written last.
    await insertNews(workspace.id, { count: CANDIDATES + 200, title: `'Meldung ' || i`, text: `'Die Kommune plant die Wärmewende im Quartier ' || i` });
    const concept = await add('Konzept Wärmewende', 'Wie die Stadt umsteigt.', { kind: 'concept' });
    await pool.query('ANALYZE search_entries');
    const result = await search({ q: 'Wärmewende' });
    expect(result.items[0]?.id).toBe(concept);
    expect(result.estimated).toBe(true);
    expect(result.total).toBeGreaterThan(CANDIDATES);
  });

  it('with compounds among many matches in running text, ranks the word itself first, then the best compound match, and shows no private record', async () => {
    const { db, pool } = testApp.current.database;
    const { workspace, owner, add } = await workspaceWithReports('Many compounds');
    const stranger = await createTestUser(db, { memberships: [[(await createTestWorkspace(db, 'Elsewhere')).id, 'member']] });
    // More documents with a compound of the word once in their text than are ranked in full.
    await insertNews(workspace.id, { count: CANDIDATES + 200, title: `'Meldung ' || i`, text: `'Der Bericht erwähnt die Schulsanierung im Quartier ' || i` });
    const word = await add('Bericht aus dem Sommer', 'Die Schule öffnet ihren Hof.');
    const compound = await add('Bericht aus dem Herbst', 'Schulsanierung, Schulsanierung und noch einmal Schulsanierung.');
    const unseen = await add('Bericht aus dem Winter', 'Die Schule öffnet ihre Turnhalle.', { visibility: 'private' });
    await pool.query('ANALYZE search_entries');
    for (const user of [undefined, stranger]) {
      const result = await search({ q: 'Schule', limit: '50' }, user);
      const documents = result.items.filter((item) => /^(Meldung|Bericht) /.test(item.title.de ?? ''));
      expect(documents.slice(0, 2).map((item) => item.id)).toEqual([word, compound]);
      expect(result.items.map((item) => item.id)).not.toContain(unseen);
      expect(result.estimated).toBe(true);
    }
    const own = await search({ q: 'Schule', limit: '50' }, owner);
    const ownDocuments = own.items.filter((item) => /^(Meldung|Bericht) /.test(item.title.de ?? ''));
    expect(ownDocuments.slice(0, 3).map((item) => item.id).sort()).toEqual([word, compound, unseen].sort());
  });

  it('ranks every record with the word in its title, however many there are, not the first ones stored', async () => {
    const { pool } = testApp.current.database;
    const { workspace, add } = await workspaceWithReports('Many titles');
    // More documents with the word once in their title than were ever looked at (25 × the candidates),
    // then one about it, with the word twice in its title, written last.
    await insertNews(workspace.id, { count: CANDIDATES * 25 + 100, title: `'Meldung ' || i || ' zum Bürgerhaushalt'`, text: `'Die Kommune berichtet.'` });
    const guide = await add('Bürgerhaushalt: Leitfaden für den Bürgerhaushalt', 'Wie die Stadt beteiligt.', { kind: 'concept' });
    await pool.query('ANALYZE search_entries');
    const result = await search({ q: 'Bürgerhaushalt' });
    expect(result.items[0]?.id).toBe(guide);
    expect(result.estimated).toBe(true);
  });

  it('with no record having every word, shows the records of the rarer word first, not those of a word most records have', async () => {
    const { pool } = testApp.current.database;
    const { workspace, add } = await workspaceWithReports('Common words');
    // Most of the index has the common word in its title, which ranks above a word in the text.
    await insertNews(workspace.id, { count: CANDIDATES * 15, title: `'Rückblick auf viele Jahre, Folge ' || i`, text: `'Die Kommune berichtet.'` });
    const rare = [
      await add('Protokoll der Sitzung im Mai', 'Die Kläranlage im Norden wurde erneuert.'),
      await add('Protokoll der Sitzung im Juni', 'Die Kläranlage bekommt eine vierte Stufe.'),
      await add('Protokoll der Sitzung im Juli', 'Die Kläranlage spart Strom.'),
    ];
    await pool.query('ANALYZE search_entries');
    const result = await search({ q: 'Kläranlage Jahre', limit: '2' });
    expect(result.matched).toBe('any');
    expect(result.items).toHaveLength(2);
    for (const item of result.items) expect(rare).toContain(item.id);
    // The count stands for every record with one of the words, as an estimate.
    expect(result.estimated).toBe(true);
    expect(result.total).toBeGreaterThan(CANDIDATES * 10);
    // A record with every word still comes first, before those with some of the words.
    const full = await search({ q: 'Kläranlage Norden' });
    expect(full.matched).toBe('all');
    expect(full.items[0]?.id).toBe(rare[0]);
  });

  it('with no record having every word, still draws on a rare word that has many equivalents in other languages, leaving out only the common word', async () => {
    const { pool } = testApp.current.database;
    const { workspace, add } = await workspaceWithReports('Rare word, common equivalents');
    // A word in many titles, and an English equivalent of "Städtepartnerschaft" (from the shipped
    // thesaurus) in the text of as many other records.
    await insertNews(
      workspace.id,
      { count: CANDIDATES * 15, title: `'Chronik des Bezirks, Teil ' || i`, text: `'Die Kommune berichtet.'` },
      { count: CANDIDATES * 15, title: `'Newsletter ' || i`, text: `'Notes on town twinning and partners.'`, language: 'en' },
    );
    await add('Protokoll der Sitzung im Mai', 'Das Pumpwerk am Hafen läuft wieder.');
    await add('Protokoll der Sitzung im Juni', 'Das Pumpwerk bekommt neue Pumpen.');
    await add('Protokoll der Sitzung im Juli', 'Das Pumpwerk spart Strom.');
    const partnership = await add('Städtepartnerschaft mit Lublin', 'Ein Besuch im Rathaus.');
    await pool.query('ANALYZE search_entries');
    const result = await search({ q: 'Pumpwerk Städtepartnerschaft Chronik', limit: '2' });
    expect(result.matched).toBe('any');
    // The record with the word itself in its title comes first, though the word's equivalents are common.
    expect(result.items[0]?.id).toBe(partnership);
    expect(result.items[1]?.title.de).toMatch(/^Protokoll/);
  });

  it('with no record having every word, still draws on a word the statistics overrate, when few records have it in fact', async () => {
    const { pool } = testApp.current.database;
    const { workspace, add } = await workspaceWithReports('Stale statistics');
    // The statistics are taken while many records have the word; all but two are deleted since.
    await insertNews(workspace.id, { count: CANDIDATES * 15, title: `'Solarpark Nord, Bauabschnitt ' || i`, text: `'Die Kommune berichtet über den Bau.'` });
    await pool.query('ANALYZE search_entries');
    await pool.query(`DELETE FROM documents WHERE workspace_id = $1 AND title LIKE 'Solarpark Nord, %' AND title NOT IN ('Solarpark Nord, Bauabschnitt 1', 'Solarpark Nord, Bauabschnitt 2')`, [
      workspace.id,
    ]);
    await add('Bericht der Stadtwerke im Mai', 'Der Klärschlamm wird getrocknet.');
    await add('Bericht der Stadtwerke im Juni', 'Der Klärschlamm wird verbrannt.');
    await add('Bericht der Stadtwerke im Juli', 'Der Klärschlamm düngt keine Felder mehr.');
    const result = await search({ q: 'Klärschlamm Solarpark', limit: '2' });
    expect(result.matched).toBe('any');
    // Both records with the word in their title come first, above those with the other word in their text.
    expect(result.items.map((item) => item.title.de).sort()).toEqual(['Solarpark Nord, Bauabschnitt 1', 'Solarpark Nord, Bauabschnitt 2']);
  });

  it('with no record having every word and each of them in many records, draws on the rarer one', async () => {
    const { pool } = testApp.current.database;
    const { workspace } = await workspaceWithReports('Two common words');
    // One word in the titles of many records, another in the text of fewer, but still many.
    await insertNews(
      workspace.id,
      { count: CANDIDATES * 20, title: `'Windrad am Deich, Wartung ' || i`, text: `'Die Kommune berichtet.'` },
      { count: CANDIDATES * 10, title: `'Mitteilung ' || i`, text: `'Die Genossenschaft wirbt für Bürgerenergie.'` },
    );
    await pool.query('ANALYZE search_entries');
    const result = await search({ q: 'Windrad Bürgerenergie' });
    expect(result.matched).toBe('any');
    // The rarer word says more about what is sought: its records are the ones shown.
    expect(result.items.length).toBeGreaterThan(0);
    for (const item of result.items) expect(item.title.de).toMatch(/^Mitteilung /);
    expect(result.estimated).toBe(true);
  });

  it('keeps records and titles with the word as a compound part among the candidates when hundreds of document titles have the word', async () => {
    const reports = await workspaceWithReports('Schulen der Stadt');
    await insertNews(reports.workspace.id, { count: CANDIDATES + 50, title: `'Die Schule ' || i`, text: `'Die Schule, die Schule und noch einmal die Schule ' || i` });
    const organization = async (name: string) => {
      const response = await testApp.current.app.inject({
        method: 'POST',
        url: '/api/organizations',
        headers: reports.owner.headers,
        payload: { workspaceId: reports.workspace.id, kind: 'ngo', name, visibility: 'public' },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const association = await organization('Förderverein der Schule am Teich');
    const compound = await organization('Gemeinschaftsschule am Anger');
    const found = (await search({ q: 'Schule', type: 'organization', limit: '50' })).items.map((item) => item.id);
    expect(found).toEqual([association, compound]);
  });
});
