import { expect, test } from '@playwright/test';
import { newCoordinatorWithWorkspace, pick } from './support/recordFromScratch.js';

const WORKSPACE = 'Quartiersmanagement Leipziger Osten';

test('entering "Stadt Leipzig" again shows the records of that name, told apart, and choosing one uses it', async ({ page }) => {
  test.setTimeout(120_000);
  await newCoordinatorWithWorkspace(page, 'Jana Winter', WORKSPACE);

  // The first time, the city's record of another workspace is offered; this coordinator enters their own.
  await page.goto('/organizations');
  await page.getByRole('link', { name: 'Organisation anlegen' }).click();
  await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
  await page.getByLabel('Art der Organisation').selectOption({ label: 'Kommunale Dienststelle' });
  await page.getByRole('textbox', { name: /^Name/ }).fill('Stadt Leipzig');
  await pick(page, 'Sitz', 'Leipzig', 'Leipzig');
  const firstWarning = page.getByRole('status').filter({ hasText: 'ähnliche Organisation' });
  await expect(firstWarning).toContainText('Stadt Leipzig');
  await expect(firstWarning).toContainText('erfasst in Stadtdialog Demo');
  // Saving beside a record of the same name and seat asks first: nothing is saved until the user confirms.
  await page.getByRole('button', { name: 'Speichern' }).click();
  const question = page.getByRole('status').filter({ hasText: 'Noch nicht gespeichert' });
  const demoCity = question.getByRole('listitem').filter({ hasText: /^Stadt Leipzig\s*Kommunale Dienststelle · Leipzig · erfasst in Stadtdialog Demo/ });
  await expect(demoCity).toHaveCount(1);
  await expect(demoCity.getByRole('button', { name: 'Diese verwenden' })).toBeVisible();
  await expect(page).toHaveURL(/\/organizations\/new$/);
  await question.getByRole('button', { name: 'Trotzdem neu anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stadt Leipzig');
  const ownId = new URL(page.url()).pathname.split('/').pop()!;

  // The second time, in the dialog of a project form: both are shown with their workspace, and the chosen one is used.
  await page.goto('/projects');
  await page.getByRole('link', { name: 'Projekt anlegen' }).click();
  await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
  await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Lernwerkstatt Leipziger Osten');
  await page.getByRole('button', { name: 'Nicht gefunden? Organisation neu erfassen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue Organisation erfassen' });
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Stadt Leipzig');
  const candidates = dialog.getByRole('status').getByRole('listitem');
  const own = candidates.filter({ hasText: `erfasst in ${WORKSPACE}` });
  await expect(own).toHaveCount(1);
  await expect(own).toContainText('Kommunale Dienststelle · Leipzig');
  await expect(candidates.filter({ hasText: /^Stadt Leipzig\s*Kommunale Dienststelle · Leipzig · erfasst in Stadtdialog Demo/ })).toHaveCount(1);
  await own.getByRole('button', { name: 'Diese verwenden' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByLabel('Rolle der Ansprechperson 1').fill('Quartiersmanagement');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lernwerkstatt Leipziger Osten');
  await expect(page.getByRole('region', { name: 'Ansprechpersonen' }).getByRole('link', { name: 'Stadt Leipzig' })).toHaveAttribute('href', `/organizations/${ownId}`);

  // Pickers tell the two apart as well.
  await page.goto('/people/new');
  const organizationField = page.getByRole('combobox', { name: 'Organisation' }).first();
  await organizationField.pressSequentially('Stadt Leipzig', { delay: 20 });
  const options = page.getByRole('listbox').getByRole('option').filter({ hasText: /^Stadt Leipzig/ });
  await expect(options.filter({ hasText: `erfasst in ${WORKSPACE}` })).toHaveCount(1);
  await expect(options.filter({ hasText: 'erfasst in Stadtdialog Demo' })).toHaveCount(1);

  // Text typed without choosing a suggestion is not what is saved, and the field says so.
  const notChosen = page.getByText('Noch kein Eintrag gewählt: Wählen Sie einen Vorschlag aus der Liste.');
  await options.filter({ hasText: `erfasst in ${WORKSPACE}` }).click();
  await expect(organizationField).toHaveValue(/^Stadt Leipzig/);
  await expect(notChosen).toHaveCount(0);
  await organizationField.pressSequentially(' Ost', { delay: 20 });
  await organizationField.press('Tab');
  await expect(notChosen).toBeVisible();
  await expect(organizationField).toHaveAttribute('aria-describedby', /unchosen/);
});

test('the place picker finds a country by the short form people type', async ({ page }) => {
  await page.goto('/places');
  for (const [typed, country] of [
    ['USA', 'Vereinigte Staaten'],
    ['США', 'Vereinigte Staaten'],
    ['Kosova', 'Kosovo'],
  ]) {
    const finder = page.getByRole('combobox', { name: 'Ort suchen' });
    await finder.fill('');
    await finder.pressSequentially(typed!, { delay: 20 });
    await expect(page.getByRole('listbox', { name: 'Ort suchen' }).getByRole('option').first()).toContainText(country!);
  }
});
