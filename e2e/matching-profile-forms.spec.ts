import { expect, test } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';
import { newCoordinatorWithWorkspace, pick } from './support/recordFromScratch.js';

/**
 * A new coordinator publishes a need, fills in the profile, adds an offer, changes the need and
 * withdraws the offer again; what is public then shows in the directory, also in Ukrainian.
 */
test('a new user edits the profile and adds, changes and withdraws needs and offers', async ({ page }) => {
  test.setTimeout(150_000);
  await newCoordinatorWithWorkspace(page, 'Iryna Koval', 'Міська рада Збаража');

  await page.goto('/matching/new');
  await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
  await pick(page, 'Kommune', 'Zbarazh', 'Sbarasch');
  await page.getByLabel('Thema des Bedarfs').selectOption({ label: '\u2003Energienetze' });
  await page.getByLabel('Art des Bedarfs').selectOption({ label: 'Fachwissen' });
  await page.getByRole('group', { name: /^Beschreibung des Bedarfs/ }).getByLabel('Deutsch').fill('Wärmepumpen für das Krankenhaus planen');
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sbarasch');

  await page.getByRole('link', { name: 'Profil bearbeiten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Profil bearbeiten');
  await page.getByLabel('Einwohner').fill('12400');
  const languages = page.getByRole('group', { name: 'Sprachen der Verwaltung' });
  await languages.getByRole('checkbox', { name: 'Ukrainisch' }).check();
  await languages.getByRole('checkbox', { name: 'Englisch' }).check();
  const types = page.getByRole('group', { name: 'Gesuchte Art der Partnerschaft' });
  await types.getByRole('checkbox', { name: 'Solidaritätspartnerschaft' }).check();
  await types.getByRole('checkbox', { name: 'Projektpartnerschaft' }).check();
  await page.getByRole('group', { name: 'Themen' }).getByRole('checkbox', { name: 'Energienetze' }).check();
  await page.getByRole('group', { name: /^Über das Profil/ }).getByLabel('Deutsch').fill('Kleinstadt mit Schloss und einem Kreiskrankenhaus');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sbarasch');
  await expect(page.getByRole('main')).toContainText('12.400');
  await expect(page.getByRole('main')).toContainText('Projektpartnerschaft, Solidaritätspartnerschaft');

  await page.getByRole('link', { name: 'Angebot hinzufügen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Angebot hinzufügen');
  await page.getByRole('group', { name: /^Beschreibung des Angebots/ }).getByLabel('Deutsch').fill('Zwei gebrauchte Notstromaggregate');
  await page.getByLabel('Art des Angebots').selectOption({ label: 'Ausstattung' });
  const offerTheme = page.getByLabel('Thema des Angebots');
  await offerTheme.selectOption({ label: '\u2003Energienetze' });
  await expect(offerTheme.locator('option:checked')).toHaveText('\u2003Energienetze');
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  const offers = page.getByRole('region', { name: 'Angebote' });
  await expect(offers).toContainText('Zwei gebrauchte Notstromaggregate');

  await page.getByRole('link', { name: 'Energienetze – Fachwissen ändern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedarf ändern');
  await page.getByLabel('Dringlichkeit').selectOption({ label: 'Dringend' });
  await page.getByRole('group', { name: /^Beschreibung des Bedarfs/ }).getByLabel('Ukrainisch').fill('Спланувати теплові насоси для лікарні');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('region', { name: 'Bedarfe' })).toContainText('Dringend');

  await offers.getByRole('button', { name: 'Energienetze – Ausstattung zurückziehen' }).click();
  await offers.getByRole('button', { name: 'Ja, zurückziehen' }).click();
  await expect(offers).toContainText('Noch kein Angebot veröffentlicht.');

  await page.goto('/matching/directory?direction=need&country=UA');
  const entry = page.getByRole('region', { name: 'Veröffentlichte Bedarfe und Angebote' }).getByRole('article').filter({ hasText: 'Wärmepumpen für das Krankenhaus' });
  await expect(entry).toContainText('Sbarasch');
  await expect(entry).toContainText('Dringend');

  await chooseLanguage(page, 'uk');
  await page.reload();
  const inUkrainian = page.getByRole('region', { name: 'Оприлюднені потреби та пропозиції' }).getByRole('article').filter({ hasText: 'Спланувати теплові насоси' });
  await expect(inUkrainian).toContainText('Збараж');
  await expect(inUkrainian).toContainText('Терміново');
});
