import { expect, test } from '@playwright/test';

test.describe('exchanges', () => {
  test('the list filters by kind and leads to the Munich workshop with its delegations', async ({ page }) => {
    await page.goto('/exchanges');
    const table = page.getByRole('table', { name: 'Austausche, neueste zuerst' });
    await expect(table.locator('tbody tr')).toHaveCount(17);

    await page.getByLabel('Art des Austauschs').selectOption({ label: 'Workshop' });
    await expect(table.getByRole('link')).toHaveText(['Projektplanungsworkshop „Resilienz in Kriegszeiten“']);
    await table.getByRole('link').click();

    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Projektplanungsworkshop „Resilienz in Kriegszeiten“');
    await expect(heading).toBeFocused();

    const overview = page.getByRole('region', { name: 'Überblick' });
    await expect(overview).toContainText('28.–29. November 2023');
    await expect(overview).toContainText('Europe/Berlin');
    await expect(overview).toContainText('München');
    await expect(overview).toContainText('45');
    await expect(overview).toContainText('36');

    const roles = page.getByRole('table', { name: 'Organisationen und ihre Rollen' });
    await expect(roles.getByRole('row').filter({ hasText: 'Landeshauptstadt München' })).toContainText('Gastgeber');
    await expect(roles.getByRole('row').filter({ hasText: 'GIZ' })).toContainText('Durchführung');
    await expect(roles.getByRole('row').filter({ hasText: 'Connective Cities' })).toContainText('Organisation');

    const delegations = page.getByRole('table', { name: 'Delegationen nach Herkunft' });
    const bodyRows = delegations.locator('tbody tr');
    await expect(bodyRows).toHaveCount(17);
    await expect(bodyRows.filter({ hasText: 'Winnyzja' }).locator('td')).toHaveText(['Ukraine', 'Verwaltung', '3']);
    await expect(bodyRows.filter({ hasText: 'Pristina' }).locator('td')).toHaveText(['Kosovo', 'Verwaltung', '2']);
    await expect(bodyRows.filter({ hasText: 'Gersthofen' }).locator('td')).toHaveText(['Deutschland', 'Stadtwerke und Versorger', '1']);
    await expect(delegations.locator('tfoot tr').locator('th, td')).toHaveText([
      'Insgesamt',
      '17 Delegationen aus 3 Ländern',
      '36',
    ]);
  });

  test('a visit of a programme shows its part of the series and links to its partnership', async ({ page }) => {
    await page.goto('/exchanges?kind=return_visit');
    await page.getByRole('link', { name: 'Gegenbesuch der Leipziger in Kiew-Darnyzkyj' }).click();

    const overview = page.getByRole('region', { name: 'Überblick' });
    await expect(overview).toContainText('Teil 2 von 3 – Besuchsprogramm Grünau – Darnyzkyj 2018');
    await expect(overview).toContainText('17.–21. September 2018');
    await expect(overview).toContainText('Europe/Kyiv');
    const delegation = page.getByRole('table', { name: 'Delegationen nach Herkunft' }).locator('tbody tr');
    await expect(delegation.locator('th, td')).toHaveText(['Leipzig-Grünau', 'Deutschland', 'Verwaltung, Zivilgesellschaft', '7']);

    await overview.getByRole('link', { name: 'Stadtteilpartnerschaft Grünau – Darnyzkyj' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stadtteilpartnerschaft Grünau – Darnyzkyj');
  });

  test('"load more" follows the cursor until every exchange is shown, newest first', async ({ page }) => {
    // Smaller pages than the app asks for, so the seventeen demo exchanges span six pages.
    await page.route(
      (url) => url.pathname === '/api/exchanges',
      (route) => {
        const url = new URL(route.request().url());
        url.searchParams.set('limit', '3');
        return route.continue({ url: url.toString() });
      },
    );
    await page.goto('/exchanges');
    const rows = page.getByRole('table', { name: 'Austausche, neueste zuerst' }).locator('tbody tr');
    const loadMore = page.getByRole('button', { name: 'Weitere laden' });

    await expect(rows).toHaveCount(3);
    await expect(page.getByText('3 Einträge angezeigt')).toBeVisible();
    for (const count of [6, 9, 12, 15, 17]) {
      await loadMore.click();
      await expect(rows).toHaveCount(count);
    }
    await expect(loadMore).toHaveCount(0);
    await expect(page.getByText('17 Einträge angezeigt · Alle Einträge werden angezeigt.')).toBeVisible();

    const starts = await rows.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(starts).toHaveLength(17);
    expect(new Set(starts).size).toBe(17);
    expect([...starts].sort().reverse()).toEqual(starts);
  });
});
