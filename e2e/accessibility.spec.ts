import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { chooseLanguage, type UiLanguage } from './support/chooseLanguage.js';
import { demoRecords } from './support/demoRecords.js';

const LANGUAGES: UiLanguage[] = ['de', 'en', 'uk'];
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function mainPages(request: APIRequestContext): Promise<string[]> {
  const ids = await demoRecords(request);
  return [
    '/partnerships',
    `/partnerships/${ids.gruenauPartnership}`,
    '/exchanges',
    `/exchanges/${ids.munichWorkshop}`,
    '/networks',
    `/networks/${ids.saxonNetwork}`,
    '/places',
    `/places/${ids.kyiv}`,
    '/organizations',
    `/organizations/${ids.glauchauAdministration}`,
    '/people',
    `/people/${ids.heerdegen}`,
    '/themes',
    `/themes/${ids.housingTheme}`,
    '/places/new',
    '/import',
    '/no/such/page',
  ];
}

async function expectNoViolations(page: Page, path: string, language: UiLanguage): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.kern-loader')).toHaveCount(0);

  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.passes.length, 'axe checked the page').toBeGreaterThan(10);
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary, `axe violations on ${path}`).toEqual([]);
}

for (const language of LANGUAGES) {
  test(`the main pages have no WCAG 2.1 AA violations (${language})`, async ({ page, request }) => {
    await chooseLanguage(page, language);
    for (const path of await mainPages(request)) {
      await test.step(path, () => expectNoViolations(page, path, language));
    }
  });
}

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the main pages have no WCAG 2.1 AA violations (de, dark)', async ({ page, request }) => {
    for (const path of await mainPages(request)) {
      await test.step(path, () => expectNoViolations(page, path, 'de'));
    }
  });
});
