import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/support/test-app.js';
import { referenceThemeIds } from '../../../../test/support/matching-fixtures.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../../test/support/test-users.js';

const DESCRIPTION = {
  de: 'Der Verein pflegt die Gärten der Großsiedlung Grünau mit den Nachbarn.',
  en: 'The association looks after the gardens of the Grünau estate with the neighbours.',
  uk: 'Обʼєднання доглядає за садами житлового масиву Грюнау разом із сусідами.',
};

describe('search snippets speak one language', () => {
  const testApp = useTestApp({ demoData: false });
  let reader: TestUser;

  beforeAll(async () => {
    const db = testApp.current.database.db;
    const workspaceId = (await createTestWorkspace(db, 'Snippets')).id;
    reader = await createTestUser(db, { memberships: [[workspaceId, 'member']] });
    const created = await testApp.current.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: reader.headers,
      payload: { workspaceId, kind: 'ngo', name: 'Gartenfreunde Sonnenhang', description: DESCRIPTION, visibility: 'workspace' },
    });
    expect(created.statusCode, created.body).toBe(201);
    // A partner search profile with no summary of its own: its snippet comes from its needs and offers.
    const themeId = (await referenceThemeIds(db))['energy-networks'];
    const profile = await testApp.current.app.inject({
      method: 'POST',
      url: '/api/matching/profiles',
      headers: reader.headers,
      payload: {
        workspaceId,
        organizationId: (created.json() as { id: string }).id,
        items: [
          {
            direction: 'need',
            themeId,
            kind: 'equipment',
            description: { de: 'Pumpen für die Fernwärme im Quartier', en: 'Pumps for the district heating network', uk: 'Насоси для мережі теплопостачання' },
          },
          { direction: 'offer', themeId, kind: 'know_how', description: { de: 'Erfahrung mit Wärmespeichern', en: 'Experience with heat storage' } },
        ],
      },
    });
    expect(profile.statusCode, profile.body).toBe(201);
  });

  const snippetFor = async (q: string, language: string, type = 'organization') => {
    const response = await testApp.current.app.inject({
      method: 'GET',
      url: `/api/search?${new URLSearchParams({ q, type })}`,
      headers: { ...reader.headers, 'accept-language': language },
    });
    expect(response.statusCode, response.body).toBe(200);
    const item = (response.json() as { items: { snippet: { text: string }[] }[] }).items[0];
    return item!.snippet.map((segment) => segment.text).join('');
  };

  it("shows the reader's language when it matches, never all languages glued together", async () => {
    const german = await snippetFor('Grünau', 'de-DE,de;q=0.9');
    expect(german).toContain('Großsiedlung');
    expect(german).not.toContain('estate');
    expect(german).not.toContain('садами');

    const english = await snippetFor('Grünau', 'en-GB');
    expect(english).toContain('estate');
    expect(english).not.toContain('Großsiedlung');
  });

  it('shows the language that matches when the reader’s does not', async () => {
    const snippet = await snippetFor('gardens', 'uk');
    expect(snippet).toContain('gardens');
    expect(snippet).not.toContain('садами');
    expect(snippet).not.toContain('Gärten');
  });

  it('shows a partner search profile by its needs and offers in one language when it has no summary', async () => {
    const german = await snippetFor('Fernwärme', 'de', 'matching_profile');
    expect(german).toContain('Pumpen für die Fernwärme');
    expect(german).toContain('Wärmespeichern');
    expect(german).not.toContain('district heating');
    expect(german).not.toContain('теплопостачання');

    const ukrainian = await snippetFor('теплопостачання', 'uk', 'matching_profile');
    expect(ukrainian).toContain('Насоси');
    expect(ukrainian).not.toContain('Pumpen');
    expect(ukrainian).not.toContain('Pumps');
  });
});
