import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './support/accounts.js';
import { expectNoAxeViolations } from './support/expectNoAxeViolations.js';
import { sessionApi } from './support/sessionApi.js';

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

const section = (page: Page, name: string) => page.getByRole('region', { name });

for (const size of SIZES) {
  test.describe(`start page (${size.name})`, () => {
    test.use({ viewport: size.viewport });

    test('a visitor sees what the platform holds and no personal lists', async ({ page }) => {
      // The accessibility scan of a page with a map takes long on a busy machine.
      test.setTimeout(90_000);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stadtdialog');
      await expect(page.locator('.start-figures')).toContainText('Partnerschaften');
      await expect(page.locator('.start-figures')).toContainText('Orte in Partnerschaften');
      await expect(section(page, 'Nächste Austausche')).toBeVisible();
      await expect(section(page, 'Neue Dokumente').getByRole('link').first()).toBeVisible();
      // A document in another language than the reader's says so, and its title carries its language.
      const otherLanguage = section(page, 'Neue Dokumente').getByRole('listitem').filter({ has: page.locator('a[lang="en"], a[lang="uk"]') });
      await expect(otherLanguage.first()).toContainText(/ · (Englisch|Ukrainisch) · /);
      await expect(section(page, 'Neue Dokumente').getByRole('listitem').filter({ has: page.locator('a[lang="de"]') }).first()).not.toContainText('Deutsch');
      await expect(section(page, 'Partnerschaften auf der Karte')).toContainText('Partnerschaften auf der Karte.');
      await expect(page.locator('.partnership-map__line').first()).toBeAttached();
      await expect(section(page, 'Ihre nächsten Austausche')).toHaveCount(0);
      await expectNoAxeViolations(page, `start page for a visitor (${size.name})`, 'de');
      await section(page, 'Partnerschaften auf der Karte').getByRole('link', { name: 'Zur Karte der Partnerschaften mit Liste' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Karte der Partnerschaften');
    });

    test('a new coordinator finds empty lists, then the plan awaiting their agreement, and learns on the plan what is missing', async ({ page }) => {
      test.setTimeout(120_000);
      await signUp(page, { email: uniqueEmail('start'), displayName: 'Karin Vogel' });
      await sessionApi(page)('POST', '/api/workspaces', { name: `Stadterneuerung Grünau ${size.name}` });

      await page.goto('/');
      await expect(section(page, 'Ihre nächsten Austausche')).toContainText('In Ihren Arbeitsbereichen ist kein Austausch geplant.');
      await expect(section(page, 'Offene Anmeldungen')).toContainText('Keine Anmeldung wartet auf eine Antwort oder einen Platz.');
      await expect(section(page, 'Aktionspläne, die auf Ihre Zustimmung warten')).toContainText('Kein Aktionsplan wartet auf Ihre Zustimmung.');
      await expect(section(page, 'Überfällige Maßnahmen')).toContainText('Keine Maßnahme ist überfällig.');
      await expect(section(page, 'Vorschläge zur Prüfung')).toContainText('Keine Vorschläge warten auf Prüfung.');
      await expectNoAxeViolations(page, `start page of a new coordinator (${size.name})`, 'de');

      // A plan of the district partnership, both sides agreed for by the new workspace.
      await page.goto('/action-plans');
      await page.getByRole('link', { name: 'Aktionsplan entwerfen' }).click();
      await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill(`Aktionsplan Nachbarschaft ${size.name}`);
      await page.getByRole('combobox', { name: 'Partnerschaft' }).selectOption({ label: 'Stadtteilpartnerschaft Grünau – Darnyzkyj' });
      await page.getByLabel(/^Zeitraum von/).fill('2026-01-01');
      await page.getByLabel(/^Zeitraum bis/).fill('2027-12-31');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aktionsplan Nachbarschaft ${size.name}`);

      await page.goto('/');
      const awaiting = section(page, 'Aktionspläne, die auf Ihre Zustimmung warten');
      await expect(awaiting.getByRole('listitem')).toHaveCount(2);
      await expect(awaiting).toContainText('Zustimmung für Kiew-Darnyzkyj fehlt');
      await awaiting.getByRole('link', { name: `Aktionsplan Nachbarschaft ${size.name}` }).first().click();

      const agreement = section(page, 'Zustimmung der Partnerseiten');
      await expect(agreement).toContainText('Es fehlt die Zustimmung einer Koordinatorin oder eines Koordinators von Leipzig-Grünau.');
      await expect(agreement).toContainText('Es fehlt die Zustimmung einer Koordinatorin oder eines Koordinators von Kiew-Darnyzkyj.');
      await expect(agreement.getByRole('table')).toContainText(`Leitung oder Koordination des Arbeitsbereichs „Stadterneuerung Grünau ${size.name}“`);
      await agreement.getByRole('button', { name: 'Für Leipzig-Grünau zustimmen' }).click();
      await expect(agreement.getByRole('row').filter({ hasText: 'Leipzig-Grünau' })).toContainText('zugestimmt von Karin Vogel');
      await expect(agreement.getByRole('listitem')).toHaveText(['Es fehlt die Zustimmung einer Koordinatorin oder eines Koordinators von Kiew-Darnyzkyj.']);
      // The other side's button is not simply gone: the row says why.
      await expect(agreement.getByRole('button', { name: 'Für Kiew-Darnyzkyj zustimmen' })).toHaveCount(0);
      await expect(agreement.getByRole('row').filter({ hasText: 'Kiew-Darnyzkyj' })).toContainText('Sie haben schon für eine andere Seite zugestimmt');

      // Someone from Darnytskyi is invited from here to agree for that side.
      await agreement.getByText('Jemanden einladen, der für Kiew-Darnyzkyj zustimmt').click();
      const partnerEmail = uniqueEmail('partner');
      await agreement.getByLabel('E-Mail-Adresse').fill(partnerEmail);
      await agreement.getByRole('button', { name: 'Einladung senden' }).click();
      await expect(agreement).toContainText(`Die Einladung an ${partnerEmail} mit der Rolle „Koordination“ ist unterwegs.`);

      await page.goto('/');
      await expect(section(page, 'Aktionspläne, die auf Ihre Zustimmung warten')).toContainText('Kein Aktionsplan wartet auf Ihre Zustimmung.');
    });
  });
}
