import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../modules/knowledge/extraction/language.js';
import { useTestApp } from '../../test/support/test-app.js';
import { createTestUser } from '../../test/support/test-users.js';
import { demoDocumentLinks, demoDocuments } from './demo-documents.js';
import { demoId } from './demo-id.js';
import { DEMO_WORKSPACE_ID, seedDemo } from './demo-seed.js';

describe('demo documents', () => {
  const testApp = useTestApp();
  const get = (url: string, headers: Record<string, string> = {}) => testApp.current.app.inject({ method: 'GET', url, headers });

  it('are written once: seeding again changes nothing', async () => {
    const again = await seedDemo(testApp.current.database.db, { gazetteer: false });
    expect(again.inserted).toBe(0);
    const count = await testApp.current.database.pool.query(`SELECT count(*)::int AS n FROM documents WHERE workspace_id = $1`, [DEMO_WORKSPACE_ID]);
    expect(count.rows[0].n).toBe(demoDocuments.length);
  });

  it('are public, in three languages, with every kind and the criteria of the good practices', async () => {
    const page = (await get(`/api/documents?workspaceId=${DEMO_WORKSPACE_ID}&limit=50`)).json();
    expect(page.items).toHaveLength(demoDocuments.length);
    expect(new Set(page.items.map((item: { kind: string }) => item.kind))).toEqual(new Set(['news', 'report', 'minutes', 'presentation', 'concept', 'good_practice']));
    expect(new Set(page.items.map((item: { language: string }) => item.language))).toEqual(new Set(['de', 'en', 'uk']));
    for (const document of demoDocuments) {
      expect(detectLanguage(document.text).language, document.title).toBe(document.language);
      if (document.kind === 'good_practice') {
        const detail = (await get(`/api/documents/${document.id}`)).json();
        for (const criterion of ['relevance', 'participation', 'impact', 'transferability']) expect(detail.goodPractice[criterion].assessment.length).toBeGreaterThan(10);
      }
    }
  });

  it('link to records that exist, and are found by the search', async () => {
    for (const document of demoDocuments) {
      const detail = (await get(`/api/documents/${document.id}`)).json();
      expect(detail.links.length, document.title).toBe(demoDocumentLinks.filter((link) => link.documentId === document.id).length + (detail.links.filter((link: { recordType: string }) => link.recordType === 'theme').length));
      expect(detail.links.every((link: { title: unknown }) => link.title !== null), document.title).toBe(true);
    }
    const found = (await get('/api/search?q=Innenh%C3%B6fe&type=document')).json();
    expect(found.items[0].id).toBe(demoId('document:good-practice-courtyards'));
    const ukrainian = (await get(`/api/search?q=${encodeURIComponent('лікарня')}&type=document`)).json();
    expect(ukrainian.items.map((item: { id: string }) => item.id)).toContain(demoId('document:news-lutsk-heat-2024'));
  });

  it('show on the timeline of the partnership they are linked to', async () => {
    const timeline = (await get(`/api/partnerships/${demoId('partnership:gruenau-darnytskyi')}/timeline?type=document&limit=50`)).json();
    expect(timeline.items.map((item: { id: string }) => item.id)).toEqual(
      expect.arrayContaining([demoId('document:minutes-gruenau-visit-2018'), demoId('document:news-darnytskyi-return-2018'), demoId('document:good-practice-courtyards')]),
    );
  });

  it('carry moderated comments: the hidden one shows without its words to members', async () => {
    const member = await createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'member']] });
    const comments = (await get(`/api/documents/${demoId('document:good-practice-courtyards')}/comments`, member.headers)).json();
    expect(comments.items.map((item: { state: string; body: string | null }) => [item.state, item.body === null])).toEqual([
      ['approved', false],
      ['hidden', true],
    ]);
  });
});
