import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../../../test/support/csv-file.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

const RECORD_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('the audit log as CSV in the reader’s language', () => {
  const testApp = useTestApp();
  let workspaceId: string;
  let coordinator: TestUser;

  beforeAll(async () => {
    const { app, database } = testApp.current;
    workspaceId = (await createTestWorkspace(database.db, 'Protokoll')).id;
    coordinator = await createTestUser(database.db, { memberships: [[workspaceId, 'coordinator']], name: 'Mira Protokoll' });
    const created = await app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: coordinator.headers,
      payload: { workspaceId, kind: 'ngo', name: 'Protokollverein', seatPlaceId: demoId('place:leipzig'), countryCode: 'DE', visibility: 'workspace' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const changed = await app.inject({
      method: 'PATCH',
      url: `/api/organizations/${created.json().id}`,
      headers: coordinator.headers,
      payload: { kind: 'university', seatPlaceId: demoId('place:kyiv'), countryCode: 'UA', names: { uk: 'Спілка протоколу' } },
    });
    expect(changed.statusCode, changed.body).toBe(200);
  });

  const exportIn = (lang: string) => testApp.current.app.inject({ method: 'GET', url: `/api/workspaces/${workspaceId}/audit.csv?entityType=organization&lang=${lang}`, headers: coordinator.headers });

  it('names fields, values and linked records in German: no codes, ids or JSON', async () => {
    const response = await exportIn('de');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Aenderungsprotokoll-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''%C3%84nderungsprotokoll-/);
    expect(response.body.split(/\r?\n/)[0]).toBe('\uFEFFZeitpunkt;Person;Aktion;Art des Eintrags;Eintrag;Änderungen');
    expect(response.body).not.toMatch(RECORD_ID);
    expect(response.body).not.toMatch(/[{}]|"(ngo|university)"|seatPlaceId/);
    const [update, creation] = csvRecords(response.body);
    expect(update).toMatchObject({ Person: expect.stringMatching(/^Mira Protokoll/), Aktion: 'Geändert', 'Art des Eintrags': 'Organisation', Eintrag: 'Protokollverein' });
    expect(update!.Zeitpunkt).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(update!['Änderungen']!.split('\n')).toEqual(
      expect.arrayContaining(['Art: Nichtregierungsorganisation → Hochschule', 'Land: Deutschland → Ukraine', expect.stringMatching(/^Sitz: Leipzig → (Kiew|Kyiv|Київ)$/), 'Namen (Ukrainisch): (leer) → Спілка протоколу']),
    );
    expect(creation).toMatchObject({ Aktion: 'Angelegt' });
    expect(creation!['Änderungen']!.split('\n')).toEqual(expect.arrayContaining(['Name: Protokollverein', 'Art: Nichtregierungsorganisation', 'Sichtbarkeit: Arbeitsbereich']));
  });

  it('names them in Ukrainian', async () => {
    const response = await exportIn('uk');
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Журнал-змін-')}`);
    const [update] = csvRecords(response.body);
    expect(update).toMatchObject({ Дія: 'Змінено', 'Вид запису': 'Організація', Запис: 'Protokollverein' });
    expect(update!['Зміни']!.split('\n')).toEqual(
      expect.arrayContaining(['Вид: Громадська організація → Університет', 'Країна: Німеччина → Україна', expect.stringMatching(/^Місцезнаходження: (Лейпциг|Leipzig) → (Київ|Kyiv)$/)]),
    );
  });
});
