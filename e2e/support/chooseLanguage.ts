import type { Page } from '@playwright/test';

export type UiLanguage = 'de' | 'en' | 'uk';

/** Makes the app start in `language` on every page load, as if the user had chosen it before. */
export async function chooseLanguage(page: Page, language: UiLanguage): Promise<void> {
  await page.addInitScript(`window.localStorage.setItem('stadtdialog.language', ${JSON.stringify(language)});`);
}
