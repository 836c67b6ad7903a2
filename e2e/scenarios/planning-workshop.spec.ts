import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { newCoordinatorWithWorkspace, newOrganization, pick } from '../support/recordFromScratch.js';

const TITLE = 'Planungswerkstatt Resilienz und Wiederaufbau';

/** Origin, name (when not the town), sector and size of every delegation: 36 people from 3 countries. */
const DELEGATIONS: { town: string; name?: string; sector: string; size: number }[] = [
  { town: 'Sambir', sector: 'Verwaltung', size: 3 },
  { town: 'Sumy', sector: 'Verwaltung', size: 3 },
  { town: 'Browary', sector: 'Verwaltung', size: 3 },
  { town: 'Luzk', sector: 'Verwaltung', size: 3 },
  { town: 'Winnyzja', sector: 'Verwaltung', size: 3 },
  { town: 'Trostjanez', sector: 'Verwaltung', size: 2 },
  { town: 'Bereschany', sector: 'Verwaltung', size: 2 },
  { town: 'Sbarasch', sector: 'Verwaltung', size: 2 },
  { town: 'Mykolajiw', sector: 'Verwaltung', size: 3 },
  { town: 'Melitopol', sector: 'Verwaltung', size: 2 },
  { town: 'Nowowolynsk', sector: 'Verwaltung', size: 2 },
  { town: 'Pristina', sector: 'Verwaltung', size: 2 },
  { town: 'Drenas', sector: 'Verwaltung', size: 1 },
  { town: 'München', sector: 'Verwaltung', size: 1 },
  { town: 'Eichenau', sector: 'Verwaltung', size: 1 },
  { town: 'Gersthofen', name: 'Stadtwerke aus Gersthofen', sector: 'Stadtwerke und Versorger', size: 1 },
  { town: 'Köln', name: 'Kölner Energieversorger', sector: 'Stadtwerke und Versorger', size: 1 },
  { town: 'München', name: 'Unternehmen aus der Region München', sector: 'Privatwirtschaft', size: 1 },
];

/** Creates a person in the registration form's dialog; the dialog adds them to the people chosen. */
async function enterPerson(page: Page, givenName: string, familyName: string) {
  const form = page.getByRole('form', { name: 'Personen anmelden' });
  await form.getByRole('button', { name: 'Nicht gefunden? Person neu erfassen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue Person erfassen' });
  await dialog.getByLabel('Vorname').fill(givenName);
  await dialog.getByLabel('Nachname').fill(familyName);
  await dialog.getByLabel('Rechtsgrundlage').selectOption({ label: 'Einwilligung' });
  await dialog.getByRole('button', { name: 'Person erfassen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(form.getByRole('list', { name: 'Gewählte Personen' })).toContainText(`${givenName} ${familyName}`);
}

/**
 * A two-day project-planning workshop of a municipal exchange network in Munich: delegations from
 * eleven Ukrainian, two Kosovar and two German towns, two utilities and the private sector, three
 * focus themes, people registered a delegation at a time, the check-in on the day and the list.
 */
test('a planning workshop in Munich with eighteen delegations, three focus themes, registrations by delegation, check-in and the participant list', async ({ page, browser }) => {
  test.setTimeout(420_000);
  const heading = page.getByRole('heading', { level: 1 });
  await newCoordinatorWithWorkspace(page, 'Hanna Lorenz', 'Programmbüro Kommunaler Wiederaufbau');

  await test.step('the host office and the organising network, entered in the directory', async () => {
    await newOrganization(page, 'Referat für Arbeit und Wirtschaft München', 'Kommunale Dienststelle', 'München');
    await newOrganization(page, 'Städtenetzwerk für kommunalen Austausch', 'Netzwerk oder Verband', 'München');
  });

  await test.step('the workshop: two days in Munich, three focus themes, host and organiser, open to the public', async () => {
    await page.goto('/exchanges');
    await page.getByRole('link', { name: 'Austausch planen' }).click();
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByLabel('Art *', { exact: true }).selectOption({ label: 'Workshop' });
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Abgeschlossen' });
    const title = page.getByRole('group', { name: /^Titel/ });
    await title.getByLabel('Deutsch').fill(TITLE);
    await title.getByLabel('Englisch').fill('Planning workshop on resilience and recovery');
    await title.getByLabel('Ukrainisch').fill('Планувальний семінар зі стійкості та відновлення');
    await page.getByLabel('Erster Tag').fill('2023-11-28');
    await page.getByLabel('Letzter Tag').fill('2023-11-29');
    await pick(page, 'Ort', 'München', 'München');
    await page.getByLabel('Teilnehmende', { exact: true }).fill('36');
    const themes = page.getByRole('group', { name: 'Themen' });
    for (const theme of ['Lokale und regionale Wirtschaftsentwicklung', 'Erneuerbare Energie', 'Integrierte Stadtentwicklung']) await themes.getByLabel(theme).check();
    for (const [organization, role] of [
      ['Referat für Arbeit', 'Gastgeber'],
      ['Städtenetzwerk für kommunalen', 'Organisation'],
    ] as const) {
      await pick(page, 'Organisation hinzufügen', organization, organization);
      await page.getByLabel(new RegExp(`^Rolle von ${organization}`)).selectOption({ label: role });
    }
    await page.getByLabel('Sichtbar für').selectOption({ label: 'Öffentlich' });
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText(TITLE);
    const overview = page.getByRole('region', { name: 'Überblick' });
    await expect(overview).toContainText('28.–29. November 2023');
    await expect(overview).toContainText('München');
    for (const theme of ['Lokale und regionale Wirtschaftsentwicklung', 'Erneuerbare Energie', 'Integrierte Stadtentwicklung']) await expect(page.getByRole('main').getByText(theme, { exact: true }).first()).toBeVisible();
    const roles = page.getByRole('table', { name: 'Organisationen und ihre Rollen' });
    await expect(roles.getByRole('row').filter({ hasText: 'Referat für Arbeit und Wirtschaft München' })).toContainText('Gastgeber');
    await expect(roles.getByRole('row').filter({ hasText: 'Städtenetzwerk für kommunalen Austausch' })).toContainText('Organisation');
  });

  await test.step('eighteen delegations: towns, two utilities and the private sector', async () => {
    const delegations = page.getByRole('region', { name: 'Delegationen' });
    for (const delegation of DELEGATIONS) {
      await delegations.getByRole('button', { name: 'Delegation hinzufügen' }).click();
      const form = page.getByRole('form', { name: 'Neue Delegation' });
      if (delegation.name) await form.getByRole('group', { name: /^Name der Delegation/ }).getByLabel('Deutsch').fill(delegation.name);
      await pick(page, 'Aus dem Ort', delegation.town, delegation.town);
      await form.getByLabel(delegation.sector).check();
      await form.getByLabel('Personen').fill(String(delegation.size));
      await form.getByRole('button', { name: 'Speichern' }).click();
      await expect(form).toHaveCount(0);
    }
    const table = page.getByRole('table', { name: 'Delegationen nach Herkunft' });
    await expect(table.locator('tbody tr')).toHaveCount(18);
    await expect(table.locator('tbody tr').filter({ hasText: 'Winnyzja' }).locator('td')).toHaveText(['Ukraine', 'Verwaltung', '3', /Bearbeiten/]);
    await expect(table.locator('tbody tr').filter({ hasText: 'Drenas' }).locator('td')).toHaveText(['Kosovo', 'Verwaltung', '1', /Bearbeiten/]);
    await expect(table.locator('tbody tr').filter({ hasText: 'Kölner Energieversorger' }).locator('td')).toHaveText(['Deutschland', 'Stadtwerke und Versorger', '1', /Bearbeiten/]);
    await expect(table.locator('tfoot tr')).toContainText('18 Delegationen aus 3 Ländern');
    await expect(table.locator('tfoot tr').locator('td').filter({ hasText: /^36$/ })).toHaveCount(1);
  });

  await test.step('register people a delegation at a time, and an expert without a delegation', async () => {
    const form = page.getByRole('form', { name: 'Personen anmelden' });
    for (const [delegation, people] of [
      ['Winnyzja', [['Olena', 'Bondarenko'], ['Taras', 'Melnyk'], ['Iryna', 'Savchuk']]],
      ['Pristina', [['Arta', 'Krasniqi'], ['Driton', 'Berisha']]],
      ['Ohne Delegation', [['Katharina', 'Vogt']]],
    ] as const) {
      await form.getByLabel('Delegation').selectOption({ label: delegation });
      for (const [givenName, familyName] of people) await enterPerson(page, givenName, familyName);
      const label = people.length === 1 ? '1 Person anmelden' : `${people.length} Personen anmelden`;
      await form.getByRole('button', { name: label }).click();
      await expect(form.getByRole('status').filter({ hasText: 'bearbeitet' })).toContainText(`${people.length} angemeldet`);
    }
    const table = page.getByRole('table', { name: 'Anmeldungen in der Reihenfolge ihres Eingangs' });
    await expect(table.locator('tbody tr')).toHaveCount(6);
    await expect(table.getByRole('combobox', { name: 'Delegation von Arta Krasniqi' }).locator('option:checked')).toHaveText('Pristina');
    await expect(table.getByRole('row').filter({ hasText: 'Arta Krasniqi' }).locator('td').nth(1)).toHaveText('Kosovo');
  });

  await test.step('three expert-led discussions, one for each focus theme', async () => {
    const agenda = page.getByRole('region', { name: 'Programm' });
    for (const [day, start, theme, session] of [
      ['2023-11-28', '10:00', 'Lokale und regionale Wirtschaftsentwicklung', 'Cluster für die lokale Wirtschaft'],
      ['2023-11-28', '14:00', 'Erneuerbare Energie', 'Energienetze in der Kommune'],
      ['2023-11-29', '09:30', 'Integrierte Stadtentwicklung', 'Grüne Stadtentwicklung'],
    ] as const) {
      await agenda.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
      const form = page.getByRole('form', { name: 'Neuer Programmpunkt' });
      await form.getByLabel('Tag').fill(day);
      await form.getByLabel('Beginn').fill(start);
      await form.getByLabel('Art').selectOption({ label: 'Diskussion' });
      await form.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill(session);
      await form.getByLabel('Thema').selectOption({ label: theme });
      await pick(page, 'Moderation', 'Vogt', 'Katharina Vogt');
      await form.getByRole('button', { name: 'Speichern' }).click();
      await expect(form).toHaveCount(0);
    }
    await expect(agenda.getByRole('heading', { level: 4 })).toHaveText(['Cluster für die lokale Wirtschaft', 'Energienetze in der Kommune', 'Grüne Stadtentwicklung']);
    await expect(agenda).toContainText('Moderation: Katharina Vogt');
  });

  await test.step('on the day: check in people at the door, found by name and by delegation', async () => {
    await page.getByRole('link', { name: 'Einlass am Tag' }).click();
    await expect(page).toHaveURL(/\/exchanges\/[^/]+\/check-in$/);
    await expect(heading).toHaveText('Einlass');
    await expect(page.getByText('0 von 6 angemeldeten Personen eingecheckt')).toBeVisible();
    await page.getByLabel('Delegation').selectOption({ label: 'Winnyzja' });
    await expect(page.getByRole('list', { name: '3 Personen' }).getByRole('listitem')).toHaveCount(3);
    await page.getByRole('button', { name: 'Olena Bondarenko einchecken' }).click();
    await page.getByRole('button', { name: 'Taras Melnyk einchecken' }).click();
    await page.getByLabel('Delegation').selectOption({ label: 'Alle Delegationen' });
    await page.getByRole('searchbox', { name: 'Name' }).fill('Krasn');
    await page.getByRole('button', { name: 'Arta Krasniqi einchecken' }).click();
    await expect(page.getByText('3 von 6 angemeldeten Personen eingecheckt')).toBeVisible();
    await expect(page.getByText('Winnyzja: 2 von 3')).toBeVisible();
    await expect(page.getByText('Pristina: 1 von 2')).toBeVisible();
  });

  await test.step('the participant list shows who came, and exports as CSV', async () => {
    await page.getByRole('link', { name: 'Zurück zum Austausch' }).click();
    const table = page.getByRole('table', { name: 'Anmeldungen in der Reihenfolge ihres Eingangs' });
    const state = (name: string) => table.getByRole('row').filter({ hasText: name }).locator('td').nth(2);
    await expect(state('Olena Bondarenko')).toHaveText('Teilgenommen');
    await expect(state('Iryna Savchuk')).toHaveText('Angemeldet');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Als CSV exportieren' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(7);
    expect(lines.find((line) => line.includes('Bondarenko'))).toContain('Teilgenommen');
    expect(lines.find((line) => line.includes('Krasniqi'))).toContain('Pristina');
    expect(csv).not.toMatch(/attended|registered|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  await test.step('a reader without an account sees the public workshop in Ukrainian, without the names of the people', async () => {
    const url = page.url();
    const reader = await browser.newPage();
    await reader.addInitScript(`window.localStorage.setItem('stadtdialog.language', 'uk');`);
    await reader.goto(new URL(url).pathname);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Планувальний семінар зі стійкості та відновлення');
    await expect(reader.getByRole('main')).toContainText('Місцевий і регіональний економічний розвиток');
    await expect(reader.getByRole('main')).toContainText('Мюнхен');
    await expect(reader.getByRole('main')).not.toContainText('Bondarenko');
    await reader.close();
  });
});
