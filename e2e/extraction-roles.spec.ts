import { expect, test } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';
import { coordinatorWithWorkspace, proposalTitled } from './support/knowledgeFixtures.js';

/** A short news item: guests from Jelenia Góra in Bautzen, the host's twin town and a stop on the way home named in passing. */
const NEWS_ITEM = `Gäste aus Jelenia Góra in Bautzen

Bautzen, 3. Mai 2024. Vom 2. bis 4. Mai 2024 besuchte eine sechsköpfige Delegation aus Jelenia Góra die Stadt Bautzen. Die Gäste informierten sich über die Sanierung der Altstadt und über Wohnprojekte für ältere Menschen. Beim Empfang im Rathaus erinnerte der Oberbürgermeister an die seit 1992 bestehende Verbindung mit der Partnerstadt Worms. Auf der Rückfahrt legte die Gruppe einen Halt in Görlitz ein.`;

test.beforeEach(async ({ page }) => {
  await chooseLanguage(page, 'de');
});

test('"accept all" makes a delegation only of the town the guests came from, not of towns named in passing', async ({ page }) => {
  test.setTimeout(120_000);
  await coordinatorWithWorkspace(page, 'Partnerschaftsbüro Bautzen');

  await page.goto('/documents');
  await page.getByRole('link', { name: 'Dokument hinzufügen' }).click();
  await page.getByRole('textbox', { name: 'Text *', exact: true }).fill(NEWS_ITEM);
  await page.getByRole('combobox', { name: 'Art des Dokuments' }).selectOption({ label: 'Meldung' });
  await page.getByRole('button', { name: 'Dokument hinzufügen' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]+\/review$/);

  // Each town says what it is to the visit, and how sure that is.
  await expect(proposalTitled(page, /^Jelenia Góra/).getByRole('heading', { level: 3 })).toContainText('hat Teilnehmende entsandt');
  await expect(proposalTitled(page, /^Bautzen/).getByRole('heading', { level: 3 })).toContainText('Ort des Geschehens');
  await expect(proposalTitled(page, /^Worms/).getByRole('heading', { level: 3 })).toContainText('Partnerstadt');
  const goerlitz = proposalTitled(page, /^Görlitz/);
  await expect(goerlitz.getByRole('heading', { level: 3 })).toContainText('nur erwähnt');
  await expect(goerlitz.getByRole('heading', { level: 3 })).toContainText('% sicher');
  // The exchange, its organisations and programmes say how sure they are too.
  await expect(proposalTitled(page, /^Gäste aus Jelenia Góra in Bautzen/).getByRole('heading', { level: 3 })).toContainText('% sicher');

  await page.getByRole('button', { name: /^Alle Vorschläge übernehmen/ }).click();
  const status = page.getByRole('status').filter({ hasText: /übernommen/ });
  await expect(status).toBeVisible();
  await expect(status).toContainText('Die Stadt wird nur nebenbei erwähnt');
  await expect(goerlitz.getByText('zu prüfen', { exact: true })).toBeVisible();
  await expect(proposalTitled(page, /^Jelenia Góra/).getByText('übernommen', { exact: true })).toBeVisible();

  await page.locator('li.proposal a[href^="/exchanges/"]').first().click();
  await expect(page).toHaveURL(/\/exchanges\/[0-9a-f-]+$/);
  const delegations = page.getByRole('region', { name: 'Delegationen' });
  await expect(delegations).toContainText('Jelenia Góra');
  await expect(delegations).not.toContainText('Görlitz');
  await expect(delegations).not.toContainText('Worms');
  await expect(delegations.getByRole('rowheader')).toHaveText(['Jelenia Góra', 'Insgesamt']);
  await expect(delegations).toContainText('1 Delegation aus 1 Land');
});
