import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './support/accounts.js';
import { startMeasure } from './support/recordFromScratch.js';
import { sessionApi } from './support/sessionApi.js';
import { pdfTextOf } from '../test/support/test-pdf.js';

/** Signs up and founds a workspace of one's own; returns its address. */
async function coordinatorWithWorkspace(page: Page, name: string, workspace: string): Promise<string> {
  await signUp(page, { email: uniqueEmail('plan'), displayName: name });
  const created = await sessionApi(page)<{ slug: string }>('POST', '/api/workspaces', { name: workspace });
  return created.slug;
}

test('a plan is drafted, agreed by both sides, reported on and exported as PDF', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await coordinatorWithWorkspace(page, 'Karin Vogel', 'Stadterneuerung Grünau');
  const kyivContext = await browser.newContext();
  const kyiv = await kyivContext.newPage();
  const kyivAddress = await coordinatorWithWorkspace(kyiv, 'Olena Koval', 'Bezirksverwaltung Darnyzkyj');

  // Drafting: the plan of the district partnership, the Darnytskyi side agreed for by its own workspace.
  await page.goto('/action-plans');
  await page.getByRole('link', { name: 'Aktionsplan entwerfen' }).click();
  await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Aktionsplan Schulhöfe und Nachbarschaft 2026');
  await page.getByRole('group', { name: /^Titel/ }).getByLabel('Ukrainisch').fill('План дій: шкільні подвір’я 2026');
  await page.getByRole('combobox', { name: 'Partnerschaft' }).selectOption({ label: 'Stadtteilpartnerschaft Grünau – Darnyzkyj' });
  await page.getByLabel(/^Zeitraum von/).fill('2026-01-01');
  await page.getByLabel(/^Zeitraum bis/).fill('2027-12-31');
  await page.getByLabel('Arbeitsbereich, der für Kiew-Darnyzkyj zustimmt').fill(kyivAddress);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktionsplan Schulhöfe und Nachbarschaft 2026');
  const planUrl = page.url();

  await startMeasure(page, 'Schulen als Orte für das Quartier', 'Schulhöfe nachmittags öffnen', { start: '2025-09-01', end: '2026-12-31' });
  await page.getByLabel('Budget', { exact: true }).fill('5000');
  await page.getByRole('button', { name: 'Indikator hinzufügen' }).click();
  await page.getByLabel('Indikator', { exact: true }).fill('Geöffnete Schulhöfe');
  await page.getByLabel('Zielwert', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('alert')).toContainText('Das Datum muss zwischen dem 1. Januar 2026 und dem 31. Dezember 2027 liegen.');
  await page.getByLabel('Beginn', { exact: true }).fill('2026-02-01');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('link', { name: 'Schulhöfe nachmittags öffnen' })).toBeVisible();

  // Agreement: a coordinator of each side, each in their own workspace.
  const sides = page.getByRole('table', { name: 'Zustimmung der Partnerseiten' });
  await expect(page.getByRole('button', { name: 'Für Kiew-Darnyzkyj zustimmen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Für Leipzig-Grünau zustimmen' }).click();
  await expect(sides.getByRole('row').filter({ hasText: 'Leipzig-Grünau' })).toContainText('zugestimmt von Karin Vogel');
  await expect(page.locator('.badge-row')).toContainText('Entwurf');

  await kyiv.goto(planUrl);
  await expect(kyiv.getByRole('heading', { level: 1 })).toHaveText('Aktionsplan Schulhöfe und Nachbarschaft 2026');
  await expect(kyiv.getByRole('button', { name: 'Für Leipzig-Grünau zustimmen' })).toHaveCount(0);
  await kyiv.getByRole('button', { name: 'Für Kiew-Darnyzkyj zustimmen' }).click();
  await expect(kyiv.locator('.badge-row')).toContainText('Beschlossen');
  await expect(kyiv.locator('.badge-row')).toContainText('Fassung 1');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Fassungen' })).toContainText('Leipzig-Grünau: Karin Vogel; Kiew-Darnyzkyj: Olena Koval');
  await page.getByRole('button', { name: 'In Umsetzung geben' }).click();
  await expect(page.locator('.badge-row')).toContainText('In Umsetzung');

  // Progress on the measure.
  await page.getByRole('link', { name: 'Schulhöfe nachmittags öffnen' }).click();
  await page.getByRole('combobox', { name: 'Fortschritt' }).selectOption({ label: 'Gefährdet' });
  await page.getByLabel(/^Geöffnete Schulhöfe erreicht/).fill('1');
  await page.getByLabel('Bemerkung').fill('Aufsicht am Nachmittag an drei Schulen noch offen.');
  await page.getByRole('button', { name: 'Fortschritt melden' }).click();
  await expect(page.locator('.progress-list')).toContainText('Aufsicht am Nachmittag an drei Schulen noch offen.');
  await expect(page.locator('.badge-row')).toContainText('Gefährdet');
  await expect(page.getByRole('region', { name: 'Indikatoren' })).toContainText('Geöffnete Schulhöfe: Ausgangswert –, erreicht 1, Ziel 4');

  // A grant recorded from the measure leads back to the measure, not to the list of programmes,
  // and once saved the measure lists it.
  const measureUrl = page.url();
  const money = page.getByRole('region', { name: 'Zuwendungen und Ausgaben' });
  await expect(money).toContainText('Keine Zuwendungen erfasst.');
  await page.getByRole('link', { name: 'Zuwendung erfassen' }).click();
  await page.getByRole('link', { name: 'Zurück zum Eintrag' }).click();
  await expect(page).toHaveURL(measureUrl);
  await page.getByRole('link', { name: 'Zuwendung erfassen' }).click();
  const programme = page.getByRole('combobox', { name: /^Programm/ });
  await expect(programme.locator('option')).not.toHaveCount(1);
  await programme.selectOption({ index: 1 });
  const programmeName = (await programme.locator('option:checked').innerText()).trim();
  await page.getByLabel(/^Betrag/).fill('12000');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page).toHaveURL(measureUrl);
  await expect(money.getByRole('listitem')).toHaveText(`${programmeName}: 12.000,00 € · bewilligt`);

  // The dashboard counts it, and the PDF holds the plan in German and Ukrainian.
  await page.goto(`${planUrl}/dashboard`);
  await expect(page.getByRole('table', { name: 'Fortschritt nach Schwerpunkt' }).getByRole('row').filter({ hasText: 'Schulen als Orte' }).getByRole('cell')).toHaveText(['1', '0', '1', '0', '0', '0', '0']);
  await page.goto(planUrl);
  const pdfHref = await page.getByRole('link', { name: 'PDF' }).getAttribute('href');
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const body = await pdf.body();
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  const text = await pdfTextOf(body);
  expect(text).toContain('Aktionsplan Schulhöfe und Nachbarschaft 2026');
  expect(text).toContain('Schulhöfe nachmittags öffnen');
  expect(text).toContain('Olena Koval');
  const ukrainian = await pdfTextOf(await (await kyiv.request.get(pdfHref!.replace('lang=de', 'lang=uk'))).body());
  expect(ukrainian).toContain('План дій: шкільні подвір’я 2026');
  await kyivContext.close();
});

test('a coordinator invites someone to agree for the partner side; a member is told who can', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUp(page, { email: uniqueEmail('plan-owner'), displayName: 'Karin Vogel' });
  const workspace = await sessionApi(page)<{ id: string; name: string }>('POST', '/api/workspaces', { name: 'Quartiersmanagement Grünau' });
  const tokenOf = async (role: string) => {
    const { link } = await sessionApi(page)<{ link: string }>('POST', `/api/workspaces/${workspace.id}/invitations`, { role });
    return decodeURIComponent(link.split('/invitations/')[1]!);
  };
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signUp(coordinator, { displayName: 'Jens Albrecht', invitationToken: await tokenOf('coordinator') });
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signUp(member, { displayName: 'Mia Krause', invitationToken: await tokenOf('member') });

  // The coordinator, not an owner, drafts the plan and invites someone of the partner side.
  await coordinator.goto('/action-plans');
  await coordinator.getByRole('link', { name: 'Aktionsplan entwerfen' }).click();
  await coordinator.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Aktionsplan Spielplätze 2027');
  await coordinator.getByRole('combobox', { name: 'Partnerschaft' }).selectOption({ label: 'Stadtteilpartnerschaft Grünau – Darnyzkyj' });
  await coordinator.getByLabel(/^Zeitraum von/).fill('2027-01-01');
  await coordinator.getByLabel(/^Zeitraum bis/).fill('2027-12-31');
  await coordinator.getByRole('button', { name: 'Speichern' }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Aktionsplan Spielplätze 2027');
  const planUrl = coordinator.url();
  const agreement = coordinator.getByRole('region', { name: 'Zustimmung der Partnerseiten' });
  // Both sides still need agreement; the Darnytskyi one is opened.
  const invitation = agreement.locator('details').filter({ hasText: 'Jemanden einladen, der für Kiew-Darnyzkyj zustimmt' });
  await invitation.getByText('Jemanden einladen, der für Kiew-Darnyzkyj zustimmt').click();
  const partnerEmail = uniqueEmail('partner');
  await invitation.getByLabel('E-Mail-Adresse').fill(partnerEmail);
  await invitation.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(invitation).toContainText(`Die Einladung an ${partnerEmail} mit der Rolle „Koordination“ ist unterwegs.`);

  // A plain member finds no invitation form, but reads why and whom to ask.
  await member.goto(planUrl);
  const seenByMember = member.getByRole('region', { name: 'Zustimmung der Partnerseiten' });
  await expect(seenByMember).toContainText('Jemanden einladen, der für Kiew-Darnyzkyj zustimmt, können nur Leitung und Koordination des Arbeitsbereichs „Quartiersmanagement Grünau“.');
  await expect(seenByMember.getByRole('button', { name: 'Einladung senden' })).toHaveCount(0);
  await coordinatorContext.close();
  await memberContext.close();
});

test('the demo plan, recorded after its period, shows its four priorities and its agreed version, and no measure as overdue', async ({ page }) => {
  await page.goto('/action-plans');
  await page.getByRole('link', { name: 'Gemeinsamer Aktionsplan Grünau – Darnyzkyj 2019–2021' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    '1. Stadtteilentwicklungskonzepte und Städtebau',
    '2. Wohnungsbewirtschaftung und -verwaltung',
    '3. Soziokultur und Freizeit',
    '4. Schulen als Orte für das Quartier',
  ]);
  await expect(page.locator('.measure-list__item').first()).toBeVisible();
  await expect(page.locator('.measure-list__item--overdue')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Fassungen' })).toContainText('Fassung 1');
  await page.getByRole('link', { name: 'Übersicht' }).click();
  await expect(page.getByRole('region', { name: 'Anstehende Fristen' })).toContainText('Schnellstarterpaket Ukraine');
  await expect(page.getByRole('region', { name: 'Budget und Ausgaben' })).toBeVisible();
});
