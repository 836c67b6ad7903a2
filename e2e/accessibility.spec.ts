import { test, type APIRequestContext, type Page } from '@playwright/test';
import { chooseLanguage, type UiLanguage } from './support/chooseLanguage.js';
import { demoRecords } from './support/demoRecords.js';
import { expectNoAxeViolations } from './support/expectNoAxeViolations.js';

const LANGUAGES: UiLanguage[] = ['de', 'en', 'uk'];

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

// Seventeen pages, each scanned in full: about two seconds a page on a two-core machine.
test.describe.configure({ timeout: 120_000 });

async function expectNoViolations(page: Page, path: string, language: UiLanguage): Promise<void> {
  await page.goto(path);
  await expectNoAxeViolations(page, path, language);
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
