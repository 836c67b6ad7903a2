import { expect, type Page, test } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';
import { newCoordinatorWithWorkspace } from './support/recordFromScratch.js';

/** The alert that says why saving failed, and each field it names. */
const alertOf = (page: Page) => page.getByRole('alert').filter({ hasText: /Nicht gespeichert|Не збережено/ });

/**
 * A new user who sends a form empty learns which fields are missing: the alert names each required
 * field by its label, the field itself is marked, and an optional field is left alone.
 */
test.describe('an empty form names and marks its required fields', () => {
  // A fresh account signs up and makes a workspace first.
  test.describe.configure({ timeout: 90_000 });

  test('a new document without a text: the text is named and marked, not the optional title', async ({ page }) => {
    await newCoordinatorWithWorkspace(page, 'Jana Berger', 'Quartiersmanagement Grünau');
    await page.goto('/documents/new');
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Dokument hinzufügen' }).click();
    const alert = alertOf(page);
    await expect(alert).toContainText('Text: Bitte füllen Sie dieses Feld aus.');
    await expect(alert).not.toContainText('Titel');
    await expect(page.getByRole('textbox', { name: /^Text/ })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('textbox', { name: /^Titel/ })).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a new organisation without kind and name, in German and Ukrainian', async ({ page }) => {
    await newCoordinatorWithWorkspace(page, 'Olena Marchenko', 'Partnerschaftsbüro Darnyzja');
    for (const [language, kind, name] of [
      ['de', 'Art der Organisation', 'Name'],
      ['uk', 'Тип організації', 'Назва'],
    ] as const) {
      await chooseLanguage(page, language);
      await page.goto('/organizations/new');
      await expect(page.getByRole('main').getByRole('combobox').first()).not.toHaveValue('');
      const kindField = page.getByRole('combobox', { name: new RegExp(`^${kind}`) });
      await expect(kindField).toHaveAttribute('aria-required', 'true');
      await page.getByRole('button', { name: /^(Speichern|Зберегти)$/ }).click();
      const alert = alertOf(page);
      await expect(alert).toContainText(`${kind}: `);
      await expect(alert).toContainText(`${name}: `);
      await expect(kindField).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('textbox', { name: new RegExp(`^${name}`) }).first()).toHaveAttribute('aria-invalid', 'true');
    }
  });

  test('a need without municipality, theme, kind and description: each is named and marked', async ({ page }) => {
    await newCoordinatorWithWorkspace(page, 'Petro Savchuk', 'Міська рада Тернополя');
    await page.goto('/matching/new');
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    const alert = alertOf(page);
    // Beside each field the form says what is missing; the alert names the fields.
    await expect(alert.getByRole('listitem')).toHaveText(['Thema des Bedarfs', 'Art des Bedarfs', 'Beschreibung des Bedarfs', 'Kommune']);
    await expect(page.getByText('Wählen Sie die Kommune, für die Sie suchen.')).toBeVisible();
    const theme = page.getByRole('combobox', { name: /^Thema des Bedarfs/ });
    await expect(theme).toHaveAttribute('aria-invalid', 'true');
    await expect(theme).toHaveAttribute('aria-required', 'true');
  });
  test('a new place and a new person sent empty: the summary names the field of each problem', async ({ page }) => {
    await newCoordinatorWithWorkspace(page, 'Iryna Bondar', 'Stadtteilbüro Grünau');
    await page.goto('/places/new');
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(alertOf(page).getByRole('listitem').filter({ hasText: /^Name vor Ort: / })).toHaveCount(1);

    await page.goto('/people/new');
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const alert = alertOf(page);
    await expect(alert.getByRole('listitem').filter({ hasText: /^Vorname: / })).toHaveCount(1);
    await expect(alert.getByRole('listitem').filter({ hasText: /^Nachname: / })).toHaveCount(1);
  });

  test('a new network and a new visit programme sent empty: the summary names each missing field', async ({ page }) => {
    await newCoordinatorWithWorkspace(page, 'Mykola Hnatiuk', 'Städtenetzwerk Ost');
    await page.goto('/networks/new');
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    const networkItems = alertOf(page).getByRole('listitem');
    for (const label of ['Name des Netzwerks', 'Art des Netzwerks', 'Turnus']) await expect(networkItems.filter({ hasText: new RegExp(`^${label}$`) })).toHaveCount(1);

    await page.goto('/programmes/new');
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(alertOf(page).getByRole('listitem').filter({ hasText: /^Name des Programms$/ })).toHaveCount(1);
  });
});
