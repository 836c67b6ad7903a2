import { expect, test } from '@playwright/test';

test.describe('partnerships', () => {
  test('the partnerships page lists the demo partnerships, each with its start to the precision known', async ({ page }) => {
    await page.goto('/partnerships');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnerschaften');
    const table = page.getByRole('table', { name: 'Partnerschaften' });
    const twinning = table.getByRole('row').filter({ hasText: 'Städtepartnerschaft Leipzig – Kiew' });
    const district = table.getByRole('row').filter({ hasText: 'Stadtteilpartnerschaft Grünau – Darnyzkyj' });
    await expect(twinning.getByRole('cell')).toHaveText(['Städtepartnerschaft', /^Leipzig\W+Kiew$/, '1961', 'Aktiv']);
    await expect(district.getByRole('cell')).toHaveText(['Stadtteilpartnerschaft', /^Leipzig-Grünau\W+Kiew-Darnyzkyj$/, 'Mai 2018', 'Aktiv']);
  });

  test('the kind filter narrows the list and is kept in the address', async ({ page }) => {
    await page.goto('/partnerships');
    const table = page.getByRole('table', { name: 'Partnerschaften' });
    await expect(table.getByRole('link')).toHaveCount(2);

    await page.getByLabel('Art der Partnerschaft').selectOption({ label: 'Städtepartnerschaft' });

    await expect(page).toHaveURL(/kind=city_twinning/);
    await expect(table.getByRole('link')).toHaveText(['Städtepartnerschaft Leipzig – Kiew']);
    await page.reload();
    await expect(page.getByLabel('Art der Partnerschaft')).toHaveValue('city_twinning');
    await expect(table.getByRole('link')).toHaveText(['Städtepartnerschaft Leipzig – Kiew']);

    await page.getByLabel('Status').selectOption({ label: 'Ruhend' });
    await expect(page.getByText('Für diese Auswahl gibt es keine Partnerschaften.')).toBeVisible();
  });

  test('a partnership shows its parties, parent and the 2018 visits in date order', async ({ page }) => {
    await page.goto('/partnerships');
    await page.getByRole('link', { name: 'Stadtteilpartnerschaft Grünau – Darnyzkyj' }).click();

    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Stadtteilpartnerschaft Grünau – Darnyzkyj');
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Stadtteilpartnerschaft Grünau – Darnyzkyj – Stadtdialog');

    const overview = page.getByRole('region', { name: 'Überblick' });
    await expect(overview).toContainText('Leipzig-Grünau (Stadtbezirk, Deutschland)');
    await expect(overview).toContainText('Kiew-Darnyzkyj (Stadtbezirk, Ukraine)');
    await expect(overview).toContainText('Mai 2018');

    const timeline = page.getByRole('region', { name: 'Zeitleiste' });
    const visits = timeline.getByRole('listitem');
    // The three visits with the reports on them, the four project groups formed at the third,
    // then the joint action plan from 2019 and the documents that followed it.
    await expect(visits).toHaveCount(13);
    await expect(visits.nth(0)).toContainText('14.–18. Mai 2018');
    await expect(visits.nth(0)).toContainText('Erster Besuch der Kiewer Delegation in Leipzig-Grünau');
    await expect(visits.nth(0)).toContainText('Teil 1 von 3');
    await expect(visits.nth(1)).toContainText('Protokoll: Besuch der Delegation aus Darnyzkyj in Grünau, Mai 2018');
    await expect(visits.nth(2)).toContainText('17.–21. September 2018');
    await expect(visits.nth(2)).toContainText('Gegenbesuch');
    await expect(visits.nth(2)).toContainText('Teil 2 von 3');
    await expect(visits.nth(4)).toContainText('3.–7. Dezember 2018');
    await expect(visits.nth(4)).toContainText('Teil 3 von 3');
    await expect(visits.nth(5)).toContainText('Projektgruppe gegründet');
    const dates = await visits.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates).toEqual([
      '2018-05-14', '2018-05-25', '2018-09-17', '2018-09-28', '2018-12-03', '2018-12-03', '2018-12-03', '2018-12-03', '2018-12-03',
      '2018-12-04', '2019-01-01', '2019-02-18', '2019-06-03',
    ]);
    await expect(visits.nth(10)).toContainText('Gemeinsamer Aktionsplan');
    await expect(visits.nth(12)).toContainText('Gute Praxis: Innenhöfe gemeinsam gestalten in Leipzig-Grünau');
    const groups = page.getByRole('region', { name: 'Projektgruppen' }).getByRole('article');
    await expect(groups).toHaveCount(4);
    await expect(groups.filter({ hasText: 'Wohnungsbewirtschaftung und -verwaltung' })).toContainText('Thomas Richter (Leitung)');
    await expect(groups.filter({ hasText: 'Wohnungsbewirtschaftung und -verwaltung' })).toContainText('Viktor Hnatiuk (Leitung)');

    await overview.getByRole('link', { name: 'Städtepartnerschaft Leipzig – Kiew' }).click();
    await expect(heading).toHaveText('Städtepartnerschaft Leipzig – Kiew');
    await expect(heading).toBeFocused();
    const parentOverview = page.getByRole('region', { name: 'Überblick' });
    await expect(parentOverview.getByRole('definition').filter({ hasText: /^1961$/ })).toBeVisible();
    await expect(parentOverview.getByRole('link', { name: 'Stadtteilpartnerschaft Grünau – Darnyzkyj' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Zeitleiste' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Zeitleiste' })).toContainText('Leipzig und Kiew: eine Partnerschaft seit 1961');
  });

  test('an unknown partnership shows the problem detail from the API', async ({ page }) => {
    await page.goto('/partnerships/00000000-0000-4000-8000-000000000000');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnerschaft');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Die Daten konnten nicht geladen werden');
    await expect(alert).toContainText('Diesen Eintrag gibt es nicht');
  });
});
