import { expect, test, type Page } from '@playwright/test';
import { newCoordinatorWithWorkspace, pick } from '../support/recordFromScratch.js';

const PROJECT = 'Initiativmanagement für integrierende Nachbarschaften';
const QUARTERS = ['Volkmarsdorf', 'Neustadt-Neuschönefeld', 'Anger-Crottendorf', 'Sellerhausen-Stünz'];

async function newOrganization(page: Page, organization: { name: string; kind: string; seat: string; parent?: string; address?: string; phone?: string }) {
  await page.goto('/organizations');
  await page.getByRole('link', { name: 'Organisation anlegen' }).click();
  await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
  await page.getByLabel('Art der Organisation').selectOption({ label: organization.kind });
  await page.getByRole('textbox', { name: /^Name/ }).fill(organization.name);
  await pick(page, 'Sitz', organization.seat, organization.seat);
  if (organization.parent) await pick(page, 'Gehört zu', organization.parent, organization.parent);
  if (organization.phone) await page.getByLabel('Telefon').fill(organization.phone);
  if (organization.address) await page.getByLabel('Anschrift').fill(organization.address);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(organization.name);
}

async function newQuarter(page: Page, name: string) {
  await page.goto('/places');
  await page.getByRole('link', { name: 'Ort anlegen' }).click();
  await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
  await page.getByLabel('Art des Orts').selectOption({ label: 'Quartier' });
  await pick(page, 'Liegt in', 'Leipzig', 'Leipzig');
  await page.getByLabel(/^Name vor Ort/).fill(name);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/**
 * A city's pilot project for integrating neighbourhoods: candidate quarters ranked by need, one
 * chosen as the pilot area, an action plan for it, a local learning workshop with other
 * neighbourhood managements and a check of what carries over to other quarters, on a project
 * profile with carrier, contacts and the consultancy that supports it.
 */
test('a pilot project: quarters ranked by need, a pilot area chosen, its action plan and learning workshop, a transferability check and the project profile', async ({ page }) => {
  test.setTimeout(600_000);
  const heading = page.getByRole('heading', { level: 1 });
  await newCoordinatorWithWorkspace(page, 'Martina Kühn', 'Stadterneuerung Leipziger Osten');

  await test.step('the carrier, its office with address and phone, the consultancy and its project lead', async () => {
    await newOrganization(page, { name: 'Stadtverwaltung Leipzig', kind: 'Kommunale Dienststelle', seat: 'Leipzig' });
    await newOrganization(page, {
      name: 'Stadterneuerungsamt Leipzig',
      kind: 'Kommunale Dienststelle',
      seat: 'Leipzig',
      parent: 'Stadtverwaltung Leipzig',
      address: 'Prager Straße 26, 04103 Leipzig',
      phone: '0341 123-5454',
    });
    await newOrganization(page, { name: 'Gauly & Volgmann Stadtplanung', kind: 'Beratungsunternehmen', seat: 'Leipzig', address: 'Georg-Schumann-Straße 130, 04155 Leipzig' });
    await page.goto('/people');
    await page.getByRole('link', { name: 'Person erfassen' }).click();
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByLabel(/^Vorname/).fill('Jana');
    await page.getByLabel(/^Nachname/).fill('Krüger');
    await page.getByLabel('Telefon').fill('0341 5503773');
    await pick(page, 'Organisation', 'Gauly & Volgmann Stadt', 'Gauly & Volgmann Stadtplanung');
    await page.getByLabel('Rechtsgrundlage').selectOption({ label: 'Vertrag' });
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText('Jana Krüger');
  });

  await test.step('the project profile: carrier, consultancy, contacts and phases', async () => {
    await page.goto('/projects');
    await page.getByRole('link', { name: 'Projekt anlegen' }).click();
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill(PROJECT);
    await page.getByRole('group', { name: /^Ziele/ }).getByLabel('Deutsch').fill('Selbsthilfekräfte im Stadtteil stärken, mit wenig Mitteln und ohne Förderkulisse.');
    await page.getByLabel('Stand', { exact: true }).selectOption({ label: 'Laufend' });
    await pick(page, 'Träger', 'Stadtverwaltung Leipzig', 'Stadtverwaltung Leipzig');
    await pick(page, /^Partner hinzufügen$/, 'Gauly & Volgmann Stadt', 'Gauly & Volgmann Stadtplanung');
    await page.getByLabel('Rolle von Gauly & Volgmann Stadtplanung').selectOption({ label: 'Beratung' });
    // The consultancy also supports and moderates the process: a second role of the same partner.
    await pick(page, /^Partner hinzufügen$/, 'Gauly & Volgmann Stadt', 'Gauly & Volgmann Stadtplanung');
    await page.getByLabel('Rolle von Gauly & Volgmann Stadtplanung').last().selectOption({ label: 'Prozessbegleitung und Moderation' });
    await pick(page, 'Amt oder Organisation als Ansprechpartner hinzufügen', 'Stadterneuerungsamt', 'Stadterneuerungsamt Leipzig');
    await page.getByLabel('Rolle der Ansprechperson 1').fill('Projektsteuerung');
    await pick(page, 'Person als Ansprechpartner hinzufügen', 'Krüger', 'Jana Krüger');
    await page.getByLabel('Rolle der Ansprechperson 2').fill('Beratung');
    for (const phase of ['Gebiete mit Unterstützungsbedarf bestimmen', 'Pilotgebiet auswählen', 'Bürgerschaftliche Strukturen im Pilotgebiet aufbauen', 'Übertragbarkeit stadtweit prüfen']) {
      await page.getByRole('button', { name: 'Phase hinzufügen' }).click();
      await page.getByLabel(/^Phase \d$/).last().fill(phase);
    }
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText(PROJECT);
  });

  await test.step('four candidate quarters, entered as places of the city', async () => {
    for (const quarter of QUARTERS) await newQuarter(page, quarter);
  });

  await test.step('an area monitor with two indicators, its values pasted as CSV and the quarters ranked by need', async () => {
    await page.goto('/areas');
    await page.getByRole('link', { name: 'Gebietsbeobachtung anlegen' }).click();
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Unterstützungsbedarf im Leipziger Osten');
    await pick(page, 'Stadt', 'Leipzig', 'Leipzig');
    await page.getByLabel('Projekt', { exact: true }).selectOption({ label: PROJECT });
    const indicators = page.getByRole('group', { name: 'Indikatoren' });
    for (const [index, key, name, unit] of [
      [1, 'unemployment_rate', 'Arbeitslosenquote', '%'],
      [2, 'benefits_rate', 'Anteil mit Grundsicherung', '%'],
    ] as const) {
      await indicators.getByRole('button', { name: 'Indikator hinzufügen' }).click();
      const row = indicators.getByRole('group', { name: `Indikator ${index}` });
      await row.getByLabel(`Schlüssel des Indikators ${index}`).fill(key);
      await row.getByLabel('Name', { exact: true }).fill(name);
      await row.getByLabel('Einheit', { exact: true }).fill(unit);
    }
    for (const quarter of QUARTERS) await pick(page, 'Kandidatengebiet hinzufügen', quarter, quarter);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText('Unterstützungsbedarf im Leipziger Osten');

    await page.getByLabel('Oder die CSV hier einfügen').fill(
      [
        'area,period,unemployment_rate,benefits_rate',
        'Volkmarsdorf,2016,14.8,31.2',
        'Neustadt-Neuschönefeld,2016,12.1,27.5',
        'Anger-Crottendorf,2016,9.4,19.8',
        'Sellerhausen-Stünz,2016,7.2,14.1',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await expect(page.getByText('4 Zeilen geprüft: 4 gültig, 0 mit Fehlern. Es wurde nichts geschrieben.')).toBeVisible();
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await expect(page.getByText('8 Werte geschrieben, 0 Gebiete hinzugefügt, 0 Zeilen mit Fehlern.')).toBeVisible();
    const ranking = page.getByRole('table', { name: 'Rangfolge für 2016' });
    await expect(ranking.locator('tbody tr').first()).toContainText('Volkmarsdorf');
    await expect(ranking.locator('tbody tr').last()).toContainText('Sellerhausen-Stünz');
  });

  await test.step('the pilot area is chosen and recorded with its reason and the project it starts', async () => {
    const selection = page.getByRole('region', { name: 'Pilotgebiet' });
    await selection.getByLabel('Pilotgebiet', { exact: true }).selectOption({ label: 'Volkmarsdorf' });
    await selection.getByRole('group', { name: /^Begründung/ }).getByLabel('Deutsch').fill('Höchster Bedarf; Unterkünfte für Geflüchtete im Quartier; aktive Vereine als Anknüpfungspunkt.');
    await selection.getByLabel('Projekt, das damit startet').selectOption({ label: PROJECT });
    await selection.getByLabel('Ausgewählt am').fill('2016-09-15');
    await selection.getByRole('button', { name: 'Auswahl festhalten' }).click();
    await expect(selection.getByRole('listitem').filter({ hasText: 'Volkmarsdorf' })).toContainText('ausgewählt am 15. September 2016 (Zeitraum 2016, Rang 1 von 4');
    await expect(selection.getByRole('link', { name: PROJECT })).toBeVisible();
  });

  await test.step('an action plan for the pilot area, with a measure that belongs to the project', async () => {
    await page.goto('/action-plans');
    await page.getByRole('link', { name: 'Aktionsplan entwerfen' }).click();
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Aktionsplan Volkmarsdorf 2017–2018');
    await page.getByLabel('Geltungsbereich').selectOption({ label: 'Ein Gebiet' });
    await pick(page, 'Gebiet', 'Volkmarsdorf', 'Volkmarsdorf');
    await page.getByLabel(/^Zeitraum von/).fill('2017-01-01');
    await page.getByLabel(/^Zeitraum bis/).fill('2018-12-31');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText('Aktionsplan Volkmarsdorf 2017–2018');
    await page.getByRole('group', { name: /^Neuer Schwerpunkt/ }).getByLabel('Deutsch').fill('Nachbarschaft beteiligen');
    await page.getByRole('button', { name: 'Schwerpunkt hinzufügen' }).click();
    await page.getByRole('link', { name: 'Maßnahme zu „Nachbarschaft beteiligen“ hinzufügen' }).click();
    await page.getByRole('group', { name: /^Titel der Maßnahme/ }).getByLabel('Deutsch').fill('Stadtteildialoge neuer Art');
    await page.getByLabel('Beginn', { exact: true }).fill('2017-03-01');
    await page.getByLabel('Ende', { exact: true }).fill('2017-11-30');
    await page.getByLabel('Projekt', { exact: true }).selectOption({ label: PROJECT });
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('link', { name: 'Stadtteildialoge neuer Art' })).toBeVisible();
  });

  await test.step('a local learning workshop in the pilot area with other neighbourhood managements', async () => {
    await page.goto('/exchanges');
    await page.getByRole('link', { name: 'Austausch planen' }).click();
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Workshop' });
    await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Lernwerkstatt Volkmarsdorf');
    await page.getByLabel('Erster Tag').fill('2017-05-10');
    await pick(page, 'Ort', 'Volkmarsdorf', 'Volkmarsdorf');
    await page.getByRole('group', { name: 'Themen' }).getByLabel('Quartiersmanagement').check();
    await page.getByRole('group', { name: 'Themen' }).getByLabel('Integration').check();
    await pick(page, 'Organisation hinzufügen', 'Stadterneuerungsamt', 'Stadterneuerungsamt Leipzig');
    await page.getByLabel('Rolle von Stadterneuerungsamt Leipzig').selectOption({ label: 'Gastgeber' });
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText('Lernwerkstatt Volkmarsdorf');
    await expect(page.getByRole('region', { name: 'Überblick' })).toContainText('Volkmarsdorf');
  });

  await test.step('the pilot area and the transferability check on the project', async () => {
    await page.goto('/projects');
    await page.getByRole('link', { name: PROJECT }).click();
    await page.getByRole('link', { name: 'Bearbeiten' }).first().click();
    await expect(heading).toHaveText('Projekt ändern');
    await pick(page, 'Pilotgebiet', 'Volkmarsdorf', 'Volkmarsdorf');
    await page.getByRole('button', { name: 'Bewertung hinzufügen' }).click();
    const assessment = page.getByRole('group', { name: 'Bewertung 1' });
    await pick(assessment, 'Wo', 'Anger-Crottendorf', 'Anger-Crottendorf');
    await assessment.getByLabel('Was erprobt wurde').fill('Stadtteildialog im Nachbarquartier');
    await assessment.getByLabel('Ergebnis', { exact: true }).fill('Gut angenommen, braucht aber eine feste Ansprechperson vor Ort.');
    await assessment.getByLabel('Bewertung', { exact: true }).selectOption({ label: 'teilweise übertragbar' });
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText(PROJECT);
  });

  await test.step('a reader of the project sees carrier, consultancy, how to reach them, pilot area, phases, transferability and what is linked', async () => {
    const profile = page.getByRole('region', { name: 'Profil' });
    await expect(profile).toContainText('Stadtverwaltung Leipzig');
    await expect(profile).toContainText('Volkmarsdorf');
    await expect(page.getByRole('main').getByText('Laufend', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Partner', exact: true }).getByRole('listitem').filter({ hasText: 'Gauly & Volgmann Stadtplanung' })).toContainText('Beratung, Prozessbegleitung und Moderation');
    const contacts = page.getByRole('region', { name: 'Ansprechpersonen' });
    const office = contacts.getByRole('listitem').filter({ hasText: 'Stadterneuerungsamt Leipzig' });
    await expect(office).toContainText('Projektsteuerung');
    await expect(office).toContainText('Prager Straße 26, 04103 Leipzig');
    await expect(office).toContainText('0341 123-5454');
    await expect(contacts.getByRole('listitem').filter({ hasText: 'Jana Krüger' })).toContainText('0341 5503773');
    await expect(page.getByRole('region', { name: 'Phasen', exact: true }).getByRole('listitem')).toHaveCount(4);
    const transfer = page.getByRole('region', { name: 'Übertragbarkeit', exact: true });
    await expect(transfer).toContainText('Anger-Crottendorf');
    await expect(transfer).toContainText('teilweise übertragbar');
    const linked = page.getByRole('region', { name: 'Verknüpfte Maßnahmen und Gebietsbeobachtung' });
    await expect(linked).toContainText('Stadtteildialoge neuer Art');
    await expect(linked).toContainText('Unterstützungsbedarf im Leipziger Osten');
  });

  await test.step('the pages of the consultancy and the renewal office show their roles in the project and the workshop', async () => {
    for (const [organization, kind, title, period, roles] of [
      ['Gauly & Volgmann Stadtplanung', 'Projekte', PROJECT, null, 'Beratung, Prozessbegleitung und Moderation, Ansprechpartner'],
      ['Stadterneuerungsamt Leipzig', 'Austausche', 'Lernwerkstatt Volkmarsdorf', '10. Mai 2017', 'Gastgeber'],
      ['Stadterneuerungsamt Leipzig', 'Projekte', PROJECT, null, 'Ansprechpartner'],
      ['Stadtverwaltung Leipzig', 'Projekte', PROJECT, null, 'Träger'],
    ] as const) {
      await page.goto('/organizations');
      await page.getByRole('main').getByRole('link', { name: organization, exact: true }).click();
      await expect(heading).toHaveText(organization);
      const involvement = page.getByRole('region', { name: 'Beteiligt an' });
      await expect(involvement.getByRole('heading', { name: `${kind} (1)` })).toBeVisible();
      const row = involvement.getByRole('table', { name: `${kind}: Einträge mit Zeitraum und Rolle` }).locator('tbody tr');
      await expect(row).toHaveCount(1);
      await expect(row.getByRole('link', { name: title })).toBeVisible();
      if (period) await expect(row).toContainText(period);
      await expect(row.getByRole('cell').last()).toHaveText(roles);
    }
  });
});
