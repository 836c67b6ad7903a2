import { expect, test, type Page } from '@playwright/test';
import { demoRecords } from './support/demoRecords.js';

/** Paths of the requests the page sends from now on. */
function watchRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname + new URL(request.url()).search));
  return paths;
}

/** The layout shifts the page has seen so far, summed as CLS counts them (no input before). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
          resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500); // no shift at all: the observer never calls back
      }),
  );
}

test.describe('prefetching and a steady first paint', () => {
  test('pointing at a partnership fetches its page and data before the click, and the click asks for neither again', async ({ page, request }) => {
    const { gruenauPartnership } = await demoRecords(request);
    await page.goto('/partnerships');
    const link = page.getByRole('link', { name: /Grünau/ }).first();
    await expect(link).toBeVisible();
    const requests = watchRequests(page);

    await link.hover();
    await expect.poll(() => requests.filter((path) => path === `/api/partnerships/${gruenauPartnership}`).length).toBe(1);
    await expect.poll(() => requests.some((path) => /\/assets\/PartnershipDetailPage-[^/]+\.js$/.test(path))).toBe(true);

    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Grünau');
    expect(requests.filter((path) => path === `/api/partnerships/${gruenauPartnership}`)).toHaveLength(1);
  });

  test('a link reached with the keyboard is prefetched too, with the filters of its query string', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const requests = watchRequests(page);

    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Austausche' }).focus();
    await expect.poll(() => requests.some((path) => path.startsWith('/api/exchanges?') && path.includes('order=newest'))).toBe(true);
  });

  test('the detail page, a list and search do not shift while their data arrives', async ({ page, request }) => {
    const { gruenauPartnership } = await demoRecords(request);
    for (const path of [`/partnerships/${gruenauPartnership}`, '/exchanges', '/search?q=Kiew']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await layoutShift(page), path).toBeLessThan(0.05);
    }
  });
});
