/// <reference lib="dom" />
import { expect, test, type Page } from '@playwright/test';

/** Where links that enter or change records lead. */
const EDITING_HREF = /\/(new|edit|upload|check-in)(\?|$)|^\/import(\?|$)/;
/** What buttons that enter or change records say. */
const EDITING_BUTTON = /anlegen|bearbeiten|ändern|löschen|erfassen|zusammenführen|hochladen|importieren|hinzufügen|zustimmen|einladen|archivieren|rückgängig/i;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const SKIPPED = /^\/(api|sign-in|sign-up|password-reset|verify-email|profile|workspaces|dashboard|registration-invitations)(\/|$)|\.(csv|ics|pdf|xml|json|zip)$/;

/** Links and buttons on the page that lead to entering or changing a record. */
async function editingControls(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ href, button }) => {
      const hrefPattern = new RegExp(href);
      const buttonPattern = new RegExp(button, 'i');
      const visible = (element: Element) => (element as HTMLElement).offsetParent !== null;
      const links = [...document.querySelectorAll('a[href]')]
        .filter((link) => visible(link) && hrefPattern.test(new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).search))
        .map((link) => `link "${link.textContent?.trim()}" → ${link.getAttribute('href')}`);
      const buttons = [...document.querySelectorAll('main button, main [role="button"]')]
        .filter((element) => visible(element) && buttonPattern.test(element.textContent ?? ''))
        .map((element) => `button "${element.textContent?.trim()}"`);
      return [...links, ...buttons];
    },
    { href: EDITING_HREF.source, button: EDITING_BUTTON.source },
  );
}

test('a visitor who is not signed in finds no link or button to enter or change records on any public page', async ({ page }) => {
  test.setTimeout(600_000);
  const queue = ['/', '/search?q=Leipzig', '/search?q=Kyiv'];
  const seen = new Set<string>(queue);
  const visitsByRoute = new Map<string, number>();
  const found: string[] = [];
  let visited = 0;
  while (queue.length > 0 && visited < 120) {
    const path = queue.shift()!;
    const route = path.split('?')[0]!.replace(UUID, ':id');
    if ((visitsByRoute.get(route) ?? 0) >= 2) continue;
    visitsByRoute.set(route, (visitsByRoute.get(route) ?? 0) + 1);
    visited += 1;
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    for (const control of await editingControls(page)) found.push(`${path}: ${control}`);
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const next = url.pathname + (url.pathname === '/search' ? url.search : '');
      if (SKIPPED.test(url.pathname) || EDITING_HREF.test(url.pathname) || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  // Every kind of record page was reached, not only the lists.
  const routes = [...visitsByRoute.keys()];
  for (const kind of ['partnerships', 'exchanges', 'networks', 'action-plans', 'projects', 'organizations', 'people', 'places', 'themes', 'documents', 'areas', 'funding/programmes']) {
    expect(routes, kind).toContain(`/${kind}/:id`);
  }
  expect(found).toEqual([]);
});
