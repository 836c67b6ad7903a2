import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signUp } from './support/accounts.js';
import { chooseLanguage } from './support/chooseLanguage.js';
import { demoRecords } from './support/demoRecords.js';
import { sessionApi } from './support/sessionApi.js';

/**
 * A document's history speaks the reader's language: its kind by name, its language by the name
 * the reader uses for it, a linked place by its name and kind — in German and in Ukrainian.
 */
test('a document’s history names kinds, languages and linked records in the reader’s language', async ({ page, request }) => {
  await signUp(page, { displayName: 'Lena Hoffmann' });
  const send = sessionApi(page);
  const workspace = await send<{ id: string }>('POST', '/api/workspaces', { name: 'Pressestelle Grünau' });
  const { kyiv } = await demoRecords(request);
  const document = await send<{ id: string }>('POST', '/api/documents', {
    workspaceId: workspace.id,
    kind: 'news',
    language: 'de',
    title: 'Delegation aus Darnyzja besucht Grünau',
    text: 'Eine Delegation aus dem Kiewer Bezirk Darnyzja besuchte im Mai die Großwohnsiedlung Grünau.',
    extract: false,
  });
  await send('POST', `/api/documents/${document.id}/links`, { recordType: 'place', recordId: kyiv });

  await page.goto(`/documents/${document.id}`);
  const history = page.getByRole('region', { name: 'Änderungsverlauf' });
  const entries = history.locator('.history__item');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(/Verknüpfung: .*Kiew \(Ort\)/);
  await expect(entries.nth(1)).toContainText('Art: Meldung');
  await expect(entries.nth(1)).toContainText('Sprache: Deutsch');
  await expect(history).not.toContainText(/\b(news|place|manual|Weitere Angabe)\b/);

  await chooseLanguage(page, 'uk');
  await page.goto(`/documents/${document.id}`);
  const ukrainian = page.getByRole('region', { name: 'Історія змін' });
  await expect(ukrainian.locator('.history__item')).toHaveCount(2);
  await expect(ukrainian).toContainText('Вид: Новина');
  await expect(ukrainian).toContainText('Мова: німецька');
  await expect(ukrainian).toContainText(/Київ \(Місце\)/);
  await expect(ukrainian).not.toContainText(/Deutsch|\bnews\b|\bplace\b/);
});

test('a project recorded after the fact says so in its history, in German and in Ukrainian', async ({ page }) => {
  await signUp(page, { displayName: 'Lena Hoffmann' });
  const send = sessionApi(page);
  const workspace = await send<{ id: string }>('POST', '/api/workspaces', { name: 'Stadterneuerung Grünau' });
  const project = await send<{ id: string }>('POST', '/api/projects', { workspaceId: workspace.id, title: { de: 'Grüne Innenhöfe', uk: 'Зелені внутрішні дворики' }, status: 'completed', historical: true });

  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole('region', { name: 'Änderungsverlauf' })).toContainText('Nachträglich erfasst: ja');

  await chooseLanguage(page, 'uk');
  await page.goto(`/projects/${project.id}`);
  const ukrainian = page.getByRole('region', { name: 'Історія змін' });
  await expect(ukrainian).toContainText('Внесено згодом: так');
  await expect(ukrainian).not.toContainText('Історична назва');
});

test('a plan’s history names the priority of a measure and counts priorities from 1, without empty side names', async ({ page, request }) => {
  const { send, workspace, gruenauPartnership } = await darnytsiaCoordinator(page, request);
  const plan = await send<{ id: string }>('POST', '/api/action-plans', {
    workspaceId: workspace.id,
    title: { uk: 'Спільний план дій Грюнау – Дарниця' },
    partnershipId: gruenauPartnership,
    periodStart: '2019-01-01',
    periodEnd: '2020-12-31',
  });
  const withPriority = await send<{ priorities: { id: string }[] }>('POST', `/api/action-plans/${plan.id}/priorities`, { title: { uk: 'Школи як центри громади' } });
  await send('POST', `/api/action-plans/${plan.id}/measures`, { priorityId: withPriority.priorities[0]!.id, title: { uk: 'Відкрита школа в Дарниці' }, startDate: '2019-03-01', endDate: '2020-06-30' });

  await page.goto(`/action-plans/${plan.id}`);
  const history = page.getByRole('region', { name: 'Історія змін' });
  await expect(history.locator('.history__item')).toHaveCount(3);
  await expect(history).toContainText('Пріоритет: Школи як центри громади');
  await expect(history).toContainText('Порядок: 1');
  await expect(history).not.toContainText('Порядок: 0');
  await expect(history).not.toContainText('запис, який ви не можете бачити');
  await expect(history).not.toContainText('(порожньо)');
});

test('a project partnership’s history says which partnership it belongs to with the words of its form, in Ukrainian', async ({ page, request }) => {
  const { send, workspace, gruenauPartnership } = await darnytsiaCoordinator(page, request);
  const district = (await (await request.get(`/api/partnerships/${gruenauPartnership}`)).json()) as { parties: { place: { id: string } | null }[] };
  const project = await send<{ id: string }>('POST', '/api/partnerships', {
    workspaceId: workspace.id,
    kind: 'project_partnership',
    title: { uk: 'Відкрита школа Грюнау – Дарниця' },
    parties: district.parties.map((party) => ({ placeId: party.place!.id })),
    parentId: gruenauPartnership,
  });

  await page.goto(`/partnerships/${project.id}`);
  const history = page.getByRole('region', { name: 'Історія змін' });
  await expect(history).toContainText(/Входить до:\s*Партнерство районів Грюнау – Дарницький/);
  await expect(history).not.toContainText('Частина:');
});

/** A new account reading in Ukrainian with a workspace of its own, and the demo's Grünau–Darnytsia partnership. */
async function darnytsiaCoordinator(page: Page, request: APIRequestContext) {
  await chooseLanguage(page, 'uk');
  await signUp(page, { displayName: 'Оксана Мельник', language: 'uk' });
  const send = sessionApi(page);
  const workspace = await send<{ id: string }>('POST', '/api/workspaces', { name: 'Дарницький район: міжнародні зв’язки' });
  const { gruenauPartnership } = await demoRecords(request);
  return { send, workspace, gruenauPartnership };
}
