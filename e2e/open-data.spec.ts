import { expect, test } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';

test.describe('open data', () => {
  test('a visitor finds the open data from the footer and downloads each set', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Offene Daten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offene Daten');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Datenpaket', 'Projekte und Förderungen (IATI)', 'Akteure und Termine (Popolo)']);

    const main = page.getByRole('main');
    const downloads = main.locator('a[download]');
    await expect(downloads).toHaveCount(6);
    for (const link of await downloads.all()) {
      const answer = await page.request.get((await link.getAttribute('href')) ?? '');
      expect(answer.status(), await link.innerText()).toBe(200);
    }
    const zip = await page.request.get((await main.getByRole('link', { name: 'Datenpaket herunterladen' }).getAttribute('href')) ?? '');
    expect(zip.headers()['content-type']).toBe('application/zip');
  });

  test('in Ukrainian on a phone the page and its downloads speak Ukrainian', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await chooseLanguage(page, 'uk');
    await page.goto('/open-data');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Відкриті дані');

    const organizations = page.getByRole('main').getByRole('link', { name: 'Організації', exact: true });
    const answer = await page.request.get((await organizations.getAttribute('href')) ?? '');
    expect(answer.status()).toBe(200);
    const names = ((await answer.json()) as { name: string }[]).map((organization) => organization.name);
    expect(names.some((name) => /[а-яіїєґ]/iu.test(name))).toBe(true);

    const iati = page.getByRole('main').getByRole('link', { name: 'Проєкти як файл IATI' });
    expect(await iati.getAttribute('href')).toContain('lang=uk');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});
