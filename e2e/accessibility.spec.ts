import { test, type APIRequestContext, type Page } from '@playwright/test';
import { chooseLanguage, type UiLanguage } from './support/chooseLanguage.js';
import { demoRecords } from './support/demoRecords.js';
import { expectNoAxeViolations, sweepTimeout } from './support/expectNoAxeViolations.js';

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

async function expectNoViolations(page: Page, path: string, language: UiLanguage): Promise<void> {
  await page.goto(path);
  await expectNoAxeViolations(page, path, language);
}

for (const language of LANGUAGES) {
  test(`the main pages have no WCAG 2.1 AA violations (${language})`, async ({ page, request }) => {
    await chooseLanguage(page, language);
    const paths = await mainPages(request);
    test.setTimeout(sweepTimeout(paths.length));
    for (const path of paths) {
      await test.step(path, () => expectNoViolations(page, path, language));
    }
  });
}

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the main pages have no WCAG 2.1 AA violations (de, dark)', async ({ page, request }) => {
    const paths = await mainPages(request);
    test.setTimeout(sweepTimeout(paths.length));
    for (const path of paths) {
      await test.step(path, () => expectNoViolations(page, path, 'de'));
    }
  });
});
