import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';

async function typeInFinder(page: Page, text: string) {
  const finder = page.getByRole('combobox', { name: 'Ort suchen' });
  await finder.fill('');
  await finder.pressSequentially(text, { delay: 20 });
  return finder;
}

test.describe('directory', () => {
  for (const spelling of ['Winnyzja', 'Vinnytsia', 'Вінниця']) {
    test(`the place finder puts Winnyzja first for "${spelling}" and opens it with the keyboard`, async ({ page }) => {
      await page.goto('/places');
      const finder = await typeInFinder(page, spelling);
      const options = page.getByRole('listbox', { name: 'Ort suchen' }).getByRole('option');
      await expect(options.first()).toContainText('Winnyzja');
      await expect(options.first()).toContainText('Ukraine');
      await expect(finder).toHaveAttribute('aria-expanded', 'true');

      await finder.press('ArrowDown');
      await expect(finder).toHaveAttribute('aria-activedescendant', /.+/);
      await expect(options.first()).toHaveAttribute('aria-selected', 'true');
      await finder.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Winnyzja');
      await expect(page.getByRole('region', { name: 'Überblick' })).toContainText('Вінниця');
    });
  }

  test('the finder tells same-name towns apart by size and closes with Escape', async ({ page }) => {
    await page.goto('/places');
    const finder = await typeInFinder(page, 'Mykolaiv');
    const options = page.getByRole('listbox', { name: 'Ort suchen' }).getByRole('option');
    await expect(options.first()).toContainText('Mykolajiw');
    await expect(options.first()).toContainText('470.000 Einwohner');
    await expect(options.nth(1)).toContainText('Mykolaiv');
    await finder.press('Escape');
    await expect(finder).toHaveAttribute('aria-expanded', 'false');
    await finder.press('Escape');
    await expect(finder).toHaveValue('');
  });

  test('a place page shows the place on the offline map, its districts and its partnerships', async ({ page }) => {
    const atlasRequests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) atlasRequests.push(request.url());
    });
    await page.goto('/places');
    const finder = await typeInFinder(page, 'Kiew');
    await expect(page.getByRole('option').first()).toContainText('Kiew');
    await finder.press('ArrowDown');
    await finder.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiew');

    const map = page.getByRole('region', { name: 'Karte' });
    await expect(map.locator('.place-map__point')).toHaveCount(1);
    await expect(map.locator('path.place-map__country').first()).toBeAttached();
    expect(await map.locator('path.place-map__country').count()).toBeGreaterThan(100);
    await expect(map.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(map).toContainText('50.4547° Breite');
    expect(atlasRequests, 'nothing is loaded from outside').toEqual([]);

    const within = page.getByRole('region', { name: 'Orte darin' });
    await expect(within.getByRole('link', { name: 'Kiew-Darnyzkyj' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Partnerschaften' }).getByRole('link')).toHaveText(['Städtepartnerschaft Leipzig – Kiew']);
    await expect(page.getByRole('region', { name: 'Organisationen mit Sitz hier' })).toContainText('Werchowna Rada');

    await within.getByRole('link', { name: 'Kiew-Darnyzkyj' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiew-Darnyzkyj');
    await expect(page.getByRole('navigation', { name: 'Liegt in' }).getByRole('link')).toHaveText(['Ukraine', 'Kiew']);
  });

  test('the places list filters by country and kind, and by the beginning of any name', async ({ page }) => {
    await page.goto('/places?country=XK&kind=municipality');
    const table = page.getByRole('table', { name: 'Orte' });
    await expect(table.locator('tbody tr')).toHaveCount(25);
    await expect(page.getByRole('button', { name: 'Weitere laden' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Name beginnt mit' }).fill('Gllogoc');
    await page.getByRole('button', { name: 'Anwenden' }).click();
    await expect(page).toHaveURL(/q=Gllogoc/);
    await expect(table.getByRole('link')).toHaveText(['Drenas']);
  });

  test('organisations filter by kind and theme and show their people', async ({ page }) => {
    await page.goto('/organizations');
    const table = page.getByRole('table', { name: 'Organisationen' });
    await page.getByLabel('Art der Organisation').selectOption({ label: 'Stadtteilzentrum' });
    await expect(page).toHaveURL(/kind=community_centre/);
    await expect(table.getByRole('link')).toHaveCount(4);
    await page.getByLabel('Thema').selectOption({ label: '\u2003Soziokultur und Freizeit' });
    await expect(table.getByRole('link')).toHaveText(['Heizhaus', 'KOMM-Haus', 'Theatrium']);

    await page.goto('/organizations?q=Glauchau');
    await page.getByRole('link', { name: 'Stadtverwaltung Glauchau' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stadtverwaltung Glauchau');
    const people = page.getByRole('region', { name: 'Personen' });
    await expect(people).toContainText('Gunnar Heerdegen – Fachbereichsleiter Planen und Bauen');
    await people.getByRole('link', { name: 'Gunnar Heerdegen' }).click();
    await expect(page.getByRole('region', { name: 'Rechtsgrundlage der Datenspeicherung' })).toContainText('Öffentliche Aufgabe');
  });

  test('the themes tree lists the taxonomy and leads to the organisations of a theme', async ({ page }) => {
    await chooseLanguage(page, 'en');
    await page.goto('/themes');
    const tree = page.getByRole('navigation', { name: 'Themes' });
    await expect(tree.getByRole('link', { name: 'Housing management' })).toBeVisible();
    await tree.getByRole('link', { name: 'Renewable energy' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renewable energy');
    await page.getByRole('link', { name: '1 organisation' }).click();
    await expect(page.getByRole('table', { name: 'Organisations' }).getByRole('link')).toHaveText(['Gersthofen municipal utility']);
  });

  test('forms explain that signing in is needed before anything can be saved', async ({ page }) => {
    await page.goto('/places/new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ort anlegen');
    await expect(page.getByRole('note')).toContainText('melden Sie sich an');
    await page.getByLabel('Name vor Ort').fill('Podil');
    await expect(page.getByRole('button', { name: 'Speichern' })).toBeDisabled();
  });
});
