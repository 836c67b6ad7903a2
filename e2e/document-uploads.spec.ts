import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, type UiLanguage } from './support/chooseLanguage.js';
import { expectNoAxeViolations } from './support/expectNoAxeViolations.js';
import { coordinatorWithWorkspace, createDocument, WORKSHOP_REPORT } from './support/knowledgeFixtures.js';

const VISIT_REPORT = `Besuch in Winnyzja

Am 12. März 2024 trafen sich Fachleute der Stadtwerke Leipzig und aus Winnyzja zur Fernwärme. Die Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) begleitete den Besuch.`;

function textFile(name: string, text: string) {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') };
}

/**
 * Answers the first `times` requests for the document as if its proposals were still being found,
 * then passes the server's answers through: the page must show the state and poll until done.
 */
async function holdExtraction(page: Page, documentId: string, state: 'running' | 'failed', times: number): Promise<void> {
  let held = 0;
  await page.route(`**/api/documents/${documentId}`, async (route) => {
    const response = await route.fetch();
    if (route.request().method() !== 'GET' || held >= times) return route.fulfill({ response });
    held += 1;
    const document = (await response.json()) as Record<string, unknown>;
    return route.fulfill({ response, json: { ...document, extractionState: state, pendingProposals: 0 } });
  });
}

/** The form presets the workspace once the session has loaded. */
async function workspacePreset(page: Page): Promise<void> {
  await expect(page.getByRole('main').getByRole('combobox', { name: /^(Arbeitsbereich|Робочий простір)$/ })).toHaveValue(/.+/);
}

test.beforeEach(async ({ page }) => {
  await chooseLanguage(page, 'de');
});

test('two reports uploaded at once become documents whose proposals are then found', async ({ page }) => {
  // Right after the server's first start the world gazetteer loads in the background as well.
  test.setTimeout(150_000);
  await coordinatorWithWorkspace(page, 'Partnerschaftsbüro Gersthofen');

  await page.goto('/documents');
  await page.getByRole('link', { name: 'Mehrere Berichte hochladen' }).click();
  await expect(page).toHaveURL(/\/documents\/upload$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mehrere Berichte hochladen');

  // Without files the form says so at the field, in German.
  await workspacePreset(page);
  await page.getByRole('button', { name: 'Dateien hochladen' }).click();
  await expect(page.locator('.files-field .kern-error')).toHaveText('Bitte wählen Sie mindestens eine Datei.');

  await page.getByLabel('Dateien', { exact: true }).setInputFiles([textFile('werkstatt.txt', WORKSHOP_REPORT), textFile('besuch.txt', VISIT_REPORT)]);
  await expect(page.getByText('2 Dateien gewählt: werkstatt.txt, besuch.txt')).toBeVisible();
  await page.getByRole('button', { name: 'Dateien hochladen' }).click();

  await expect(page).toHaveURL(/\/documents\/upload\?job=[0-9a-f-]+$/);
  const progress = page.getByRole('progressbar', { name: 'Verarbeitete Dateien' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Fertig:' })).toHaveText('Fertig: 2 Dokumente angelegt.', { timeout: 60_000 });
  await expect(progress).toHaveAttribute('aria-valuetext', '2 von 2 Dateien');
  await expect(page.getByText('2 von 2 Dateien', { exact: true })).toBeVisible();

  const outcomes = page.getByRole('list', { name: 'Ergebnis je Datei' }).getByRole('listitem');
  await expect(outcomes).toHaveCount(2);
  await expect(outcomes.nth(0)).toContainText('werkstatt.txt');
  await expect(outcomes.nth(0)).toContainText('angelegt');
  await expect(outcomes.nth(1)).toContainText('besuch.txt');
  // Each created document tells whether its proposals are still being found or wait for review.
  await expect(outcomes.nth(0).getByText(/Vorschläge? zu prüfen/)).toBeVisible({ timeout: 60_000 });

  await outcomes.nth(0).getByRole('link', { name: /^Krisenfeste Versorgung/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Krisenfeste Versorgung: Planungswerkstatt mit ukrainischen Partnerkommunen in München');
  await page.getByRole('link', { name: /Vorschläge? prüfen$/ }).filter({ hasText: /^\d+/ }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]+\/review$/);
  await expect(page.getByRole('region', { name: /^Kommunen/ }).getByRole('heading', { level: 3, name: /^Winnyzja/ })).toBeVisible();

  // The same file once more is skipped: it is already in the workspace.
  await page.goto('/documents/upload');
  await workspacePreset(page);
  await page.getByLabel('Dateien', { exact: true }).setInputFiles([textFile('werkstatt-kopie.txt', WORKSHOP_REPORT)]);
  await page.getByRole('button', { name: 'Dateien hochladen' }).click();
  const again = page.getByRole('list', { name: 'Ergebnis je Datei' }).getByRole('listitem');
  await expect(again).toHaveCount(1, { timeout: 60_000 });
  await expect(again).toContainText('übersprungen');
  await expect(again).toContainText('Diese Datei ist schon im Arbeitsbereich.');
});

test('a document page says that proposals are being found, then links to them', async ({ page }) => {
  test.setTimeout(60_000);
  const { workspace } = await coordinatorWithWorkspace(page, 'Redaktion Partnerschaftsberichte');
  const document = await createDocument(page, workspace.id, { kind: 'news', text: WORKSHOP_REPORT, extract: true });
  await holdExtraction(page, document.id, 'running', 2);

  await page.goto(`/documents/${document.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Krisenfeste Versorgung/);
  const status = page.locator('.extraction-status[role="status"]');
  await expect(status).toHaveText('Vorschläge werden ermittelt …');
  await expect(status.getByRole('link', { name: /^\d+ Vorschläge? prüfen$/ })).toBeVisible({ timeout: 20_000 });
  await expect(status).not.toContainText('ermittelt …');
});

test('when finding proposals failed, an editor tries again and the page follows the new run', async ({ page }) => {
  test.setTimeout(60_000);
  const { workspace } = await coordinatorWithWorkspace(page, 'Redaktion Wiederholung');
  const document = await createDocument(page, workspace.id, { kind: 'news', text: WORKSHOP_REPORT, extract: true });
  await holdExtraction(page, document.id, 'failed', 1);

  await page.goto(`/documents/${document.id}`);
  const failed = page.getByRole('alert').filter({ hasText: 'Vorschläge konnten nicht ermittelt werden' });
  await expect(failed).toBeVisible();
  await failed.getByRole('button', { name: 'Noch einmal versuchen' }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.locator('.extraction-status').getByRole('link', { name: /^\d+ Vorschläge? prüfen$/ })).toBeVisible({ timeout: 20_000 });
});

for (const language of ['de', 'uk'] as UiLanguage[]) {
  test(`the upload page and its outcome have no WCAG 2.1 AA violations (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await chooseLanguage(page, language);
    await coordinatorWithWorkspace(page, `Barrierefreiheit ${language}`);
    await page.goto('/documents/upload');
    await workspacePreset(page);
    await expectNoAxeViolations(page, '/documents/upload', language);

    await page.locator('input[type="file"]').setInputFiles([textFile('besuch.txt', VISIT_REPORT)]);
    await page.locator('form.record-form button[type="submit"]').click();
    await expect(page.locator('.upload-outcome')).toHaveCount(1, { timeout: 60_000 });
    await expectNoAxeViolations(page, '/documents/upload?job=…', language);
  });
}
