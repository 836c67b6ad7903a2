import { expect, test } from '@playwright/test';
import { newCoordinatorWithWorkspace, pick } from '../support/recordFromScratch.js';

/**
 * A district partnership nested in its city twinning, and its visit programme of three visits in
 * 2018, recorded by a new coordinator through the pages alone.
 */
test('a city twinning since 1961, the district partnership inside it and a programme of three visits in 2018', async ({ page }) => {
  test.setTimeout(180_000);
  const heading = page.getByRole('heading', { level: 1 });
  await newCoordinatorWithWorkspace(page, 'Ulrike Brandt', 'Partnerschaftsbüro Grünau');

  await test.step('the city twinning Leipzig – Kyiv since 1961', async () => {
    await page.goto('/partnerships');
    await page.getByRole('link', { name: 'Partnerschaft anlegen' }).click();
    await page.getByLabel('Art *', { exact: true }).selectOption({ label: 'Städtepartnerschaft' });
    await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Städtefreundschaft Leipzig – Kyjiw');
    await pick(page, 'Ort hinzufügen', 'Leipzig', 'Leipzig');
    await pick(page, 'Ort hinzufügen', 'Kyiv', 'Kiew');
    await page.getByLabel('Besteht seit').fill('1961');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText('Städtefreundschaft Leipzig – Kyjiw');
  });

  await test.step('the district partnership, part of the twinning', async () => {
    await page.goto('/partnerships/new');
    await page.getByLabel('Art *', { exact: true }).selectOption({ label: 'Stadtteilpartnerschaft' });
    await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Stadtteile Grünau und Darnyzkyj');
    await pick(page, 'Ort hinzufügen', 'Grünau', 'Grünau');
    await pick(page, 'Ort hinzufügen', 'Darnyzkyj', 'Darnyzkyj');
    await page.getByLabel('Besteht seit').fill('2018-05');
    await pick(page, 'Gehört zu', 'Städtefreundschaft', 'Städtefreundschaft Leipzig – Kyjiw');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText('Stadtteile Grünau und Darnyzkyj');
    await expect(page.getByRole('region', { name: 'Überblick' })).toContainText('Städtefreundschaft Leipzig – Kyjiw');
  });

  await test.step('a visit programme of three parts, each a new visit', async () => {
    await page.getByRole('link', { name: 'Besuchsprogramm planen' }).click();
    await expect(heading).toHaveText('Neues Besuchsprogramm');
    await page.getByRole('group', { name: /^Name des Programms/ }).getByLabel('Deutsch').fill('Besuche 2018');
    await expect(page.getByRole('combobox', { name: 'Partnerschaft' })).toHaveValue('Stadtteile Grünau und Darnyzkyj');
    await page.getByLabel('Geplante Teile').fill('3');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText('Besuche 2018');
    for (const [title, start, end] of [
      ['Besuch der Delegation aus Darnyzkyj', '2018-05-14', '2018-05-18'],
      ['Gegenbesuch in Kyjiw', '2018-09-17', '2018-09-21'],
      ['Arbeitsbesuch im Dezember', '2018-12-03', '2018-12-07'],
    ] as const) {
      await page.getByRole('button', { name: 'Teil hinzufügen' }).click();
      const form = page.getByRole('form', { name: /^Teil \d hinzufügen$/ });
      await form.getByRole('group', { name: /^Titel des Austauschs/ }).getByLabel('Deutsch').fill(title);
      await form.getByLabel('Beginn').fill(start);
      await form.getByLabel('Ende').fill(end);
      await form.getByRole('button', { name: 'Teil hinzufügen' }).click();
      await expect(page.getByRole('region', { name: 'Teile des Programms' }).getByRole('listitem').filter({ hasText: title })).toBeVisible();
    }
  });

  await test.step('the programme page shows parts 1 to 3 in date order', async () => {
    const parts = page.getByRole('region', { name: 'Teile des Programms' }).getByRole('listitem');
    await expect(parts).toHaveCount(3);
    await expect(parts.nth(0)).toContainText('Teil 1 von 3');
    await expect(parts.nth(0)).toContainText('14.–18. Mai 2018');
    await expect(parts.nth(1)).toContainText('Teil 2 von 3');
    await expect(parts.nth(1)).toContainText('Gegenbesuch in Kyjiw');
    await expect(parts.nth(2)).toContainText('Teil 3 von 3');
    await expect(parts.nth(2)).toContainText('3.–7. Dezember 2018');
    await expect(page.getByRole('main')).toContainText('3 von 3 geplanten Teilen erfasst');

    await parts.nth(1).getByRole('link', { name: 'Gegenbesuch in Kyjiw' }).click();
    await expect(heading).toHaveText('Gegenbesuch in Kyjiw');
    await page.getByRole('region', { name: 'Überblick' }).getByRole('link', { name: 'Teil 2 von 3' }).click();
    await expect(heading).toHaveText('Besuche 2018');
  });

  await test.step('the twinning lists the district partnership with its latest visit, and its timeline can include it', async () => {
    await page.getByRole('link', { name: 'Stadtteile Grünau und Darnyzkyj' }).first().click();
    await page.getByRole('region', { name: 'Überblick' }).getByRole('link', { name: 'Städtefreundschaft Leipzig – Kyjiw' }).click();
    await expect(heading).toHaveText('Städtefreundschaft Leipzig – Kyjiw');
    const children = page.getByRole('region', { name: 'Partnerschaften in dieser Partnerschaft' });
    const row = children.getByRole('row').filter({ hasText: 'Stadtteile Grünau und Darnyzkyj' });
    await expect(row).toContainText('Stadtteilpartnerschaft');
    await expect(row).toContainText('Arbeitsbesuch im Dezember');
    const timeline = page.getByRole('region', { name: 'Zeitleiste' });
    await expect(timeline).toContainText('Zu dieser Partnerschaft ist noch nichts erfasst');
    await timeline.getByLabel('Auch Stadtteil- und Projektpartnerschaften zeigen').check();
    await expect(timeline.getByRole('listitem')).toHaveCount(3);
    await expect(timeline.getByRole('listitem').first()).toContainText('Teil 1 von 3');
  });
});
