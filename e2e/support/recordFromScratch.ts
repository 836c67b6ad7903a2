import { expect, type Locator, type Page } from '@playwright/test';
import { PASSWORD, uniqueEmail } from './accounts.js';

/** Types `text` into a combobox (on the page or inside `page`, a part of it) and clicks the suggestion that contains `expected`. */
export async function pick(page: Page | Locator, label: string | RegExp, text: string, expected: string | RegExp): Promise<void> {
  const field = page.getByRole('combobox', { name: label });
  await field.pressSequentially(text, { delay: 20 });
  const option = page.getByRole('listbox', { name: label }).getByRole('option').filter({ hasText: expected }).first();
  await option.click();
  await expect(page.getByRole('listbox', { name: label })).toHaveCount(0);
}

/** Signs up through the sign-up page and creates a workspace through the workspaces page, as a new coordinator would. */
export async function newCoordinatorWithWorkspace(page: Page, person: string, workspace: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Registrieren' }).click();
  await page.getByLabel('Name *', { exact: true }).fill(person);
  await page.getByLabel('E-Mail-Adresse').fill(uniqueEmail('scenario'));
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await page.goto('/workspaces');
  await page.getByLabel('Name *', { exact: true }).fill(workspace);
  await page.getByRole('button', { name: 'Arbeitsbereich anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(workspace);
}

/** An organisation entered on its own form, by kind label and seat, in the German UI. */
export async function newOrganization(page: Page, name: string, kind: string, seat: string) {
  await page.goto('/organizations');
  await page.getByRole('link', { name: 'Organisation anlegen' }).click();
  await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
  await page.getByLabel('Art der Organisation').selectOption({ label: kind });
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await pick(page, 'Sitz', seat, seat);
  await saveBesideSimilar(page, name);
}

/**
 * Saves a new organisation or person. When the user can see similar records (the demo world's, say),
 * the form asks before saving; a new account's own record is then created anyway.
 */
export async function saveBesideSimilar(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Speichern' }).click();
  const createAnyway = page.getByRole('button', { name: 'Trotzdem neu anlegen' });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(createAnyway.or(heading.filter({ hasText: name }))).toBeVisible();
  if (await createAnyway.isVisible()) await createAnyway.click();
  await expect(heading).toHaveText(name);
}

/**
 * On an action plan's page, in the German UI: adds a priority, opens the form of a new measure under it
 * and fills in the measure's title and period; the caller fills in the rest and saves.
 */
export async function startMeasure(page: Page, priority: string, measure: string, period: { start: string; end: string }): Promise<void> {
  await page.getByRole('group', { name: /^Neuer Schwerpunkt/ }).getByLabel('Deutsch').fill(priority);
  await page.getByRole('button', { name: 'Schwerpunkt hinzufügen' }).click();
  await page.getByRole('link', { name: `Maßnahme zu „${priority}“ hinzufügen` }).click();
  await page.getByRole('group', { name: /^Titel der Maßnahme/ }).getByLabel('Deutsch').fill(measure);
  await page.getByLabel('Beginn', { exact: true }).fill(period.start);
  await page.getByLabel('Ende', { exact: true }).fill(period.end);
}
