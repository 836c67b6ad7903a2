import { expect, test } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';
import { coordinatorWithWorkspace, proposalTitled } from './support/knowledgeFixtures.js';

/** A pasted news item that opens with its dateline, as municipal press releases do. */
const NEWS_ITEM =
  'Leipzig, 12. Mai 2025. Die Stadt Leipzig empfing vom 14. bis 16. Mai 2025 eine Delegation aus dem Kiewer Bezirk Darnyzja. ' +
  'Die zwölf Gäste besichtigten Wohnprojekte in Grünau und sprachen mit dem Quartiersmanagement über Beteiligung.';

test.use({ viewport: { width: 390, height: 844 } });

test('a news item on a phone: the dateline is neither the title nor lost, and “70 % sicher” stays on one line', async ({ page }) => {
  test.setTimeout(120_000);
  await chooseLanguage(page, 'de');
  await coordinatorWithWorkspace(page, 'Pressestelle Leipzig');

  await page.goto('/documents/new');
  await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
  await page.getByRole('textbox', { name: 'Text *', exact: true }).fill(NEWS_ITEM);
  await page.getByRole('combobox', { name: 'Art des Dokuments' }).selectOption({ label: 'Meldung' });
  await page.getByRole('button', { name: 'Dokument hinzufügen' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]+\/review$/);

  const exchange = proposalTitled(page, /^Die Stadt Leipzig empfing/);
  await expect(exchange).toHaveCount(1);
  await expect(page.getByRole('main')).not.toContainText(/Leipzig, 12\. Mai 2025\.? ·/);
  const confidences = page.locator('.proposal-confidence');
  await expect(confidences.first()).toBeVisible();
  for (const confidence of await confidences.all()) {
    await expect(confidence).toHaveText(/^\d+ % sicher$/);
    expect(await confidence.evaluate((element) => element.getClientRects().length)).toBe(1);
  }

  await page.goto(page.url().replace(/\/review$/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Die Stadt Leipzig empfing/);
  // The dateline's day is the publication date.
  await expect(page.getByRole('main').locator('dd').filter({ hasText: /^12\. Mai 2025$/ })).toHaveCount(1);
});
