import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './support/accounts.js';
import { demoRecords } from './support/demoRecords.js';
import { sessionApi } from './support/sessionApi.js';

interface Workspace {
  id: string;
  name: string;
}

async function workspaceWithChanges(page: Page): Promise<Workspace> {
  const send = sessionApi(page);
  const workspace = await send<Workspace>('POST', '/api/workspaces', { name: 'Projektgruppe Wohnen', description: 'Erster Entwurf' });
  await send('POST', `/api/workspaces/${workspace.id}/invitations`, { email: uniqueEmail('coordinator'), role: 'coordinator', language: 'uk' });
  const link = await send<{ id: string }>('POST', `/api/workspaces/${workspace.id}/invitations`, { role: 'guest', language: 'de' });
  await send('DELETE', `/api/workspaces/${workspace.id}/invitations/${link.id}`);
  await send('PATCH', `/api/workspaces/${workspace.id}`, { name: 'Projektgruppe Wohnen und Quartier', description: 'Abgestimmt im Mai 2018' });
  return workspace;
}

test.describe('audit log and history', () => {
  test('the audit log shows who changed what, filters and pages the changes, and downloads them as CSV', async ({ page }) => {
    await signUp(page, { displayName: 'Petra Lehmann' });
    const workspace = await workspaceWithChanges(page);

    await page.goto(`/workspaces/${workspace.id}`);
    await page.getByRole('link', { name: 'Änderungsprotokoll' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Änderungsprotokoll: Projektgruppe Wohnen und Quartier');
    const table = page.getByRole('table', { name: 'Änderungen, neueste zuerst' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(5);

    const renamed = rows.nth(0);
    await expect(renamed.locator('td').nth(1)).toHaveText('Petra Lehmann');
    await expect(renamed.locator('td').nth(2)).toHaveText('Geändert');
    await expect(renamed.locator('td').nth(3)).toHaveText('Arbeitsbereich: Projektgruppe Wohnen und Quartier');
    const changes = renamed.getByRole('listitem');
    await expect(changes.filter({ hasText: 'Name:' })).toHaveText('Name: vorher: Projektgruppe Wohnen → nachher: Projektgruppe Wohnen und Quartier');
    await expect(changes.filter({ hasText: 'Name:' }).locator('del')).toContainText('Projektgruppe Wohnen');
    await expect(changes.filter({ hasText: 'Name:' }).locator('ins')).toContainText('Projektgruppe Wohnen und Quartier');
    await expect(changes.filter({ hasText: 'Beschreibung:' })).toContainText('Erster Entwurf');
    await expect(changes.filter({ hasText: 'Kurzadresse' })).toHaveCount(0);
    const withdrawn = rows.nth(1);
    await expect(withdrawn.locator('td').nth(2)).toHaveText('Gelöscht');
    await expect(withdrawn.locator('td').nth(3)).toHaveText('Einladung: Link zum Weitergeben');
    await expect(withdrawn.getByRole('listitem')).toHaveText(['Rolle: vorher: Gast']);
    await expect(rows.nth(3).getByRole('listitem')).toContainText(['E-Mail-Adresse: coordinator-', 'Rolle: Koordination', 'Gültig bis:']);

    await page.getByLabel('Aktion').selectOption({ label: 'Geändert' });
    await expect(page).toHaveURL(/action=update/);
    await expect(rows).toHaveCount(1);
    await page.getByLabel('Aktion').selectOption({ label: 'Alle Aktionen' });
    await page.getByLabel('Art des Eintrags').selectOption({ label: 'Einladung' });
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: 'Rolle: Koordination' })).toHaveCount(1);
    await page.getByLabel('Art des Eintrags').selectOption({ label: 'Alle Arten' });
    await page.getByLabel('Person').selectOption({ label: 'Petra Lehmann' });
    await expect(rows).toHaveCount(5);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    await page.getByLabel('Von (Tag)').fill(tomorrow);
    await expect(page.getByText('Für diese Auswahl sind keine Änderungen erfasst.')).toBeVisible();
    await page.getByLabel('Von (Tag)').fill('');
    await expect(rows).toHaveCount(5);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Als CSV herunterladen' }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('Zeitpunkt;Person;Aktion;Art des Eintrags;Eintrag;Änderungen');
    const events = parse(csv, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
    expect(events).toHaveLength(5);
    expect(events.map((event) => event.Eintrag)).toContain('Projektgruppe Wohnen und Quartier');
    expect(events.every((event) => event.Person!.startsWith('Petra Lehmann'))).toBe(true);
    expect(csv, 'no record ids or recorded JSON in the file').not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|[{}]/);
  });

  test('"load more" follows the cursor through the log', async ({ page }) => {
    await signUp(page, { displayName: 'Uwe Schneider' });
    const workspace = await workspaceWithChanges(page);
    await page.route(
      (url) => url.pathname === `/api/workspaces/${workspace.id}/audit`,
      (route) => {
        const url = new URL(route.request().url());
        url.searchParams.set('limit', '2');
        return route.continue({ url: url.toString() });
      },
    );
    await page.goto(`/workspaces/${workspace.id}/audit`);
    const rows = page.getByRole('table', { name: 'Änderungen, neueste zuerst' }).locator('tbody tr');
    const loadMore = page.getByRole('button', { name: 'Weitere laden' });
    await expect(rows).toHaveCount(2);
    await loadMore.click();
    await expect(rows).toHaveCount(4);
    await loadMore.click();
    await expect(rows).toHaveCount(5);
    await expect(loadMore).toHaveCount(0);
    const times = await rows.locator('time').evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime') ?? ''));
    expect([...times].sort().reverse()).toEqual(times);
  });

  test('the history of a partnership shows each change field by field, before → after', async ({ page, request }) => {
    await signUp(page, { displayName: 'Frank Neumann' });
    const send = sessionApi(page);
    const workspace = await send<Workspace>('POST', '/api/workspaces', { name: 'Partnerschaftsbüro' });
    const demo = (await (await request.get(`/api/partnerships/${(await demoRecords(request)).gruenauPartnership}`)).json()) as {
      parties: { place: { id: string } | null }[];
    };
    const parties = demo.parties.map((party) => ({ placeId: party.place!.id }));
    const partnership = await send<{ id: string }>('POST', '/api/partnerships', {
      workspaceId: workspace.id,
      kind: 'project_partnership',
      status: 'planned',
      title: { de: 'Energieberatung für Plattenbauten', en: 'Energy advice for prefabricated housing' },
      parties,
    });
    const twinnings = (await (await request.get('/api/partnerships?kind=city_twinning')).json()) as { items: { id: string }[] };
    await send('PATCH', `/api/partnerships/${partnership.id}`, {
      parentId: twinnings.items[0]!.id,
      status: 'active',
      since: '2019-03',
      title: { de: 'Energieberatung in Großwohnsiedlungen', en: 'Energy advice for prefabricated housing', uk: 'Енергоконсультації для житлових масивів' },
    });

    await page.goto(`/partnerships/${partnership.id}`);
    const history = page.getByRole('region', { name: 'Änderungsverlauf' });
    const entries = history.locator('.history__item');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0).locator('.history__meta')).toContainText('Frank Neumann · Geändert');
    const changed = entries.nth(0).getByRole('listitem');
    await expect(changed).toHaveText([
      'Titel (Deutsch): vorher: Energieberatung für Plattenbauten → nachher: Energieberatung in Großwohnsiedlungen',
      'Titel (Ukrainisch): vorher: (leer) → nachher: Енергоконсультації для житлових масивів',
      'Status: vorher: Geplant → nachher: Aktiv',
      'Besteht seit: vorher: (leer) → nachher: März 2019',
      'Teil von: vorher: (leer) → nachher: Städtepartnerschaft Leipzig – Kiew',
    ]);
    await expect(changed.nth(4).getByRole('link', { name: 'Städtepartnerschaft Leipzig – Kiew' })).toHaveAttribute(
      'href',
      `/partnerships/${twinnings.items[0]!.id}`,
    );
    await expect(changed.nth(1).locator('ins')).toHaveAttribute('lang', 'uk');
    await expect(entries.nth(1).locator('.history__meta')).toContainText('Frank Neumann · Angelegt');
    await expect(entries.nth(1)).toContainText('Art: Projektpartnerschaft');
    await expect(entries.nth(1)).toContainText('Sichtbarkeit: Arbeitsbereich');

    // Someone outside the workspace sees the public demo record, but not its history.
    await page.goto(`/partnerships/${(await demoRecords(request)).gruenauPartnership}`);
    await expect(page.getByRole('region', { name: 'Änderungsverlauf' })).toContainText(
      'Den Änderungsverlauf sehen die Mitglieder des Arbeitsbereichs, zu dem dieser Eintrag gehört.',
    );
  });
});
