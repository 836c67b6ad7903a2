import { expect, test } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';
import { newCoordinatorWithWorkspace, pick } from './support/recordFromScratch.js';

/**
 * A new coordinator of a Ukrainian town publishes what it needs and gets partners suggested,
 * each with its reasons in words, in German and then in Ukrainian.
 */
test('a new user publishes a need and sees ranked partners with reasons, in German and Ukrainian', async ({ page }) => {
  test.setTimeout(120_000);
  await newCoordinatorWithWorkspace(page, 'Oksana Melnyk', 'Міська рада Збаража');

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Partnersuche' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnersuche');
  await page.getByRole('link', { name: 'Bedarf veröffentlichen' }).click();
  await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
  await pick(page, 'Kommune', 'Zbarazh', 'Sbarasch');
  const languages = page.getByRole('group', { name: 'Sprachen der Verwaltung' });
  await languages.getByRole('checkbox', { name: 'Ukrainisch' }).check();
  await languages.getByRole('checkbox', { name: 'Deutsch' }).check();
  await page.getByLabel('Gesuchte Art der Partnerschaft').selectOption({ label: 'Solidaritätspartnerschaft' });
  await page.getByLabel('Thema des Bedarfs').selectOption({ label: '\u2003Energienetze' });
  await page.getByLabel('Art des Bedarfs').selectOption({ label: 'Fachwissen' });
  await page.getByLabel('Dringlichkeit').selectOption({ label: 'Dringend' });
  await page.getByRole('group', { name: /^Beschreibung des Bedarfs/ }).getByLabel('Deutsch').fill('Fernwärmenetz und Heizhäuser vor dem Winter modernisieren');
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sbarasch');
  const suggestions = page.getByRole('list', { name: 'Vorgeschlagene Partner, bester zuerst' });
  const first = suggestions.locator(':scope > li').first();
  await expect(first).toContainText('Chemnitz');
  await expect(first.getByRole('listitem')).toContainText([
    'bietet an, was Sie brauchen: Energienetze',
    'Fachwissen zum Thema Energienetze',
    'gemeinsame Sprachen: Deutsch',
    /km entfernt/,
    'noch keine Partnerschaft mit Ihnen',
  ]);
  await expect(suggestions.locator(':scope > li')).not.toHaveCount(0);
  // Only Ukrainian partners: none offers district heating, so nobody is suggested.
  await page.getByLabel('Land').selectOption({ label: 'Ukraine' });
  await expect(page.getByText('Noch keine passenden Partner gefunden.')).toBeVisible();
  await page.getByLabel('Land').selectOption({ label: 'Alle Länder' });

  await chooseLanguage(page, 'uk');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Збараж');
  const inUkrainian = page.getByRole('list', { name: 'Запропоновані партнери, найкращі спершу' }).locator(':scope > li').first();
  await expect(inUkrainian).toContainText('Хемніц');
  await expect(inUkrainian.getByRole('listitem')).toContainText(['пропонує те, що вам потрібно: Енергетичні мережі']);
});
