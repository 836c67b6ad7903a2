import { expect, test } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';

const problem = (status: number, detail: string) => ({
  status,
  contentType: 'application/problem+json',
  body: JSON.stringify({ type: '/problems/test', title: 'Test problem', status, detail, code: 'database_unavailable' }),
});

test.describe('shell', () => {
  test('an unknown route shows the 404 page with ways on', async ({ page }) => {
    await page.goto('/no/such/page');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    await expect(page.getByRole('main')).toContainText('/no/such/page');
    await expect(page).toHaveTitle('Seite nicht gefunden – Stadtdialog');
    await page.getByRole('main').getByRole('link', { name: 'Netzwerke' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netzwerke');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('the skip link is the first stop and jumps to the content', async ({ page }) => {
    await page.goto('/partnerships');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the navigation marks the current module and the footer shows the server version', async ({ page, request }) => {
    const health = (await (await request.get('/api/health')).json()) as { version: string };
    await page.goto('/exchanges');

    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(nav.getByRole('link', { name: 'Austausche' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Partnerschaften' })).not.toHaveAttribute('aria-current');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(`Version ${health.version}`);
    await expect(footer.getByRole('link', { name: 'API-Dokumentation' })).toHaveAttribute('href', '/api/docs');
  });

  test('a slow API shows the loader with an accessible text', async ({ page }) => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => url.pathname === '/api/networks', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto('/networks');

    await expect(page.getByRole('status').filter({ hasText: 'Wird geladen …' })).toBeVisible();
    release();
    await expect(page.getByRole('link', { name: /LAG Sachsen/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Wird geladen …' })).toHaveCount(0);
  });

  test('a failed API call is explained in the user\'s language and can be retried', async ({ page }) => {
    let failing = true;
    await page.route((url) => url.pathname === '/api/partnerships', async (route) => {
      if (failing) await route.fulfill(problem(503, 'The database is starting, please retry in a few seconds'));
      else await route.continue();
    });
    await page.goto('/partnerships');

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Die Daten konnten nicht geladen werden');
    // The server's English sentence stays out of the German page; the code tells what happened.
    await expect(alert).toContainText('Der Dienst ist kurz nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.');
    await expect(alert).not.toContainText('The database is starting');
    failing = false;
    await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(page.getByRole('link', { name: 'Städtepartnerschaft Leipzig – Kiew' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a crash inside a page shows a localized notice with a retry instead of a blank screen', async ({ page }) => {
    let broken = true;
    await page.route((url) => url.pathname === '/api/networks', async (route) => {
      if (broken) await route.fulfill({ json: { items: [null], nextCursor: null } });
      else await route.continue();
    });
    await chooseLanguage(page, 'en');
    await page.goto('/networks');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
    await expect(page.getByRole('alert')).toContainText('You can try again');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

    broken = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Networks');
    await expect(page.getByRole('link', { name: /LAG Sachsen/ })).toBeVisible();
  });
});
