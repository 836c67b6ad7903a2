import { expect, test } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';

test.describe('the app in Ukrainian', () => {
  test.beforeEach(async ({ page }) => {
    await chooseLanguage(page, 'uk');
  });

  test('the start page labels its key figures as headings, not as words after a number', async ({ page }) => {
    await page.goto('/');
    const labels = page.locator('.start-figures dt');
    await expect(labels).toHaveCount(4);
    for (const label of await labels.allTextContents()) expect(label).toMatch(/^\p{Lu}/u);
    await expect(labels.first()).toHaveText(/^Партнерств(о|а)$/);
    await expect(labels.nth(1)).toHaveText(/^Обмін(и)?$/);
  });

  test('generated exchange titles need no declension of the town', async ({ page }) => {
    await page.goto('/exchanges?kind=network_meeting');
    const main = page.getByRole('main');
    await expect(main).toContainText('Щоквартальна зустріч мережі: Лейпциг');
    await expect(main).not.toContainText(/зустріч мережі в (Лейпциг|Хемніц)(?![\p{L}])/u);
  });

  test('a document names its language as a language, not as "in Ukrainian"', async ({ page }) => {
    await page.goto('/documents');
    await page.getByRole('link', { name: /^Луцьк готує громаду/ }).click();
    const language = page.locator('dt', { hasText: /^Мова$/ }).locator('xpath=following-sibling::dd[1]');
    await expect(language).toHaveText(/^Українська/);
  });
});
