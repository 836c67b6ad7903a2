import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const CODES = /know_how|staff_exchange|solidarity_partnership|\bneed\b|\boffer\b|\bhigh\b/;

async function expectNoInternals(page: Page) {
  const text = await page.getByRole('main').innerText();
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(CODES);
}

/** A visitor without an account browses what towns published, narrows it down, in German and Ukrainian. */
test('a visitor filters the public directory of needs and offers in German and in Ukrainian', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/matching');
  await page.getByRole('link', { name: 'Bedarfe und Angebote' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedarfe und Angebote');
  const list = page.getByRole('region', { name: 'Veröffentlichte Bedarfe und Angebote' });
  // Other tests on the same server publish entries too: the demo's entries are picked by their town.
  await expect(list.getByRole('article', { name: 'Angebot: Energienetze – Fachwissen' }).filter({ hasText: 'Chemnitz' })).toBeVisible();
  await expect(page.locator('.directory-map__point').first()).toBeVisible();

  await page.getByLabel('Bedarfe oder Angebote').selectOption({ label: 'Bedarfe' });
  await page.getByLabel('Land', { exact: true }).selectOption({ label: 'Ukraine' });
  await expect(list.getByRole('article').filter({ hasText: ' · Deutschland' })).toHaveCount(0);
  const sambir = list.getByRole('article', { name: 'Bedarf: Energienetze – Fachwissen' }).filter({ hasText: 'Sambir' });
  await expect(sambir).toContainText('Sambir');
  await expect(sambir).toContainText('Heizhäuser und Fernwärmenetz vor der Heizperiode modernisieren');
  await expect(sambir).toContainText('Dringend');
  await expect(sambir).toContainText('sucht: Solidaritätspartnerschaft');

  await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Wiederaufbau' });
  await expect(list.getByRole('article').filter({ hasText: 'Trostjanez' })).toBeVisible();
  await expect(sambir).toHaveCount(0);
  await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Alle Arten' });
  await expect(sambir).toBeVisible();
  await page.getByLabel('Größe').selectOption({ label: 'über 500.000 Einwohner' });
  await expect(page.getByText('Zu diesen Filtern ist nichts veröffentlicht.')).toBeVisible();
  await page.getByLabel('Größe').selectOption({ label: 'Alle Größen' });
  await expectNoInternals(page);

  await chooseLanguage(page, 'uk');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Потреби та пропозиції');
  await expect(page.getByLabel('Потреби чи пропозиції')).toHaveValue('need');
  const inUkrainian = page.getByRole('region', { name: 'Оприлюднені потреби та пропозиції' });
  const heating = inUkrainian.getByRole('article', { name: 'Потреба: Енергетичні мережі – Експертиза' }).filter({ hasText: 'Самбір' });
  await expect(heating).toContainText('Самбір');
  await expect(heating).toContainText('Модернізація котелень');
  await expect(heating).toContainText('шукає: Партнерство солідарності');
  await expectNoInternals(page);

  await heating.getByRole('link', { name: 'Самбір' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Самбір');
});
