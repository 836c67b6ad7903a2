import { expect, test, type Page } from '@playwright/test';
import { newCoordinatorWithWorkspace, pick, saveBesideSimilar, startMeasure } from '../support/recordFromScratch.js';

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
  await saveBesideSimilar(page, organization.name);
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
    await saveBesideSimilar(page, 'Jana Krüger');
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

  await test.step('three candidate quarters, entered as places of the city', async () => {
    for (const quarter of QUARTERS.filter((name) => name !== 'Volkmarsdorf')) await newQuarter(page, quarter);
  });

  await test.step('an area monitor with two indicators: candidates found inside the city, a missing quarter created from the picker', async () => {
    await page.goto('/areas');
    await page.getByRole('link', { name: 'Gebietsbeobachtung anlegen' }).click();
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Unterstützungsbedarf im Leipziger Osten');
    await pick(page, 'Stadt', 'Leipzig', 'Leipzig');
    await page.getByLabel('Projekt', { exact: true }).selectOption({ label: PROJECT });
    const indicators = page.getByRole('group', { name: 'Indikatoren' });
    for (const [index, name, unit] of [
      [1, 'Arbeitslosenquote', '%'],
      [2, 'Anteil mit Grundsicherung', '%'],
    ] as const) {
      await indicators.getByRole('button', { name: 'Indikator hinzufügen' }).click();
      const row = indicators.getByRole('group', { name: `Indikator ${index}` });
      await row.getByLabel('Name', { exact: true }).fill(name);
      await row.getByLabel('Einheit', { exact: true }).fill(unit);
    }
    for (const quarter of QUARTERS.filter((name) => name !== 'Volkmarsdorf')) await pick(page, 'Kandidatengebiet in Leipzig hinzufügen', quarter, quarter);
    const candidates = page.getByRole('group', { name: 'Kandidatengebiete' });
    await candidates.getByLabel('Name des neuen Gebiets').fill('Volkmarsdorf');
    await candidates.getByLabel('Art des neuen Gebiets').selectOption({ label: 'Quartier' });
    await candidates.getByRole('button', { name: 'In Leipzig anlegen und hinzufügen' }).click();
    await expect(candidates.getByRole('button', { name: 'Volkmarsdorf entfernen' })).toBeVisible();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText('Unterstützungsbedarf im Leipziger Osten');
    await expect(page.getByRole('main')).toContainText('höher heißt mehr Bedarf');
    for (const internal of ['arbeitslosenquote', 'anteil_mit_grundsicherung', 'higher_is_worse']) await expect(page.getByRole('main')).not.toContainText(internal);
  });

  await test.step('the values pasted as CSV: a near name is a question, not an addition; then the quarters ranked by need', async () => {
    const rows = (crottendorf: string) =>
      [
        'Gebiet,Zeitraum,Arbeitslosenquote,Anteil mit Grundsicherung',
        'Volkmarsdorf,2016,14.8,31.2',
        'Neustadt-Neuschönefeld,2016,12.1,27.5',
        `${crottendorf},2016,9.4,19.8`,
        'Sellerhausen-Stünz,2016,7.2,14.1',
      ].join('\n');
    await page.getByLabel('Oder die CSV hier einfügen').fill(rows('Anger-Crotendorf'));
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await expect(page.getByText('4 Zeilen geprüft: 3 gültig, 1 mit Fehlern. Es wurde nichts geschrieben.')).toBeVisible();
    const questions = page.getByRole('list', { name: /^Rückfragen/ });
    await expect(questions.getByRole('listitem')).toHaveCount(1);
    await expect(questions).toContainText('Zeile 4, Gebiet: „Anger-Crotendorf“ ist nicht genau der Name eines Kandidatengebiets. Gemeint sein kann: Anger-Crottendorf.');
    await expect(page.getByRole('list', { name: 'Neue Gebiete' })).toHaveCount(0);
    await page.getByText('Zugeordnet zu Kandidatengebieten: 3 Zeilen').click();
    await expect(page.getByRole('list', { name: 'Zugeordnete Kandidatengebiete' }).getByRole('listitem')).toHaveCount(3);

    await page.getByLabel('Oder die CSV hier einfügen').fill(rows('Anger-Crottendorf'));
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await expect(page.getByText('4 Zeilen geprüft: 4 gültig, 0 mit Fehlern. Es wurde nichts geschrieben.')).toBeVisible();
    await page.getByRole('button', { name: 'Importieren', exact: true }).click();
    await expect(page.getByText('8 Werte geschrieben, 0 Gebiete hinzugefügt, 0 Zeilen mit Fehlern.')).toBeVisible();
    const ranking = page.getByRole('table', { name: 'Rangfolge für 2016' });
    await expect(ranking.locator('tbody tr').first()).toContainText('Volkmarsdorf');
    await expect(ranking.locator('tbody tr').last()).toContainText('Sellerhausen-Stünz');
  });

  await test.step('the quarters\' boundaries imported as GeoJSON colour the ranking map, every label readable', async () => {
    const square = (lon: number, lat: number) => [[[lon, lat], [lon + 0.012, lat], [lon + 0.012, lat + 0.008], [lon, lat + 0.008], [lon, lat]]];
    const shapes: [string, number, number][] = [
      ['Volkmarsdorf', 12.405, 51.344],
      ['Neustadt-Neuschönefeld', 12.403, 51.352],
      ['Anger-Crottendorf', 12.418, 51.338],
      ['Sellerhausen-Stünz', 12.43, 51.342],
    ];
    const geojson = { type: 'FeatureCollection', features: shapes.map(([name, lon, lat]) => ({ type: 'Feature', properties: { Ortsteil: name }, geometry: { type: 'Polygon', coordinates: square(lon, lat) } })) };
    await page.getByLabel('GeoJSON-Datei mit den Gebietsgrenzen').setInputFiles({ name: 'ortsteile.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(geojson)) });
    await expect(page.getByText('Grenzen von 4 Gebieten übernommen.')).toBeVisible();
    const map = page.locator('.place-map').first();
    await expect(map.locator('path.need-map__boundary')).toHaveCount(4);
    await expect(map.locator('path.need-map__boundary.need-map__area--high')).toHaveCount(2);
    const labels = map.locator('.place-map__label');
    await expect(labels).toHaveCount(4);
    await expect(labels.first()).toHaveText('1. Volkmarsdorf');
    const boxes = await labels.evaluateAll((elements) => elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
    }));
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) {
        const apart = box.right <= other.left || other.right <= box.left || box.bottom <= other.top || other.bottom <= box.top;
        expect(apart, `labels ${JSON.stringify(box)} and ${JSON.stringify(other)} overlap`).toBe(true);
      }
    }
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
    await startMeasure(page, 'Nachbarschaft beteiligen', 'Stadtteildialoge neuer Art', { start: '2017-03-01', end: '2017-11-30' });
    await page.getByLabel('Projekt', { exact: true }).selectOption({ label: PROJECT });
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('link', { name: 'Stadtteildialoge neuer Art' })).toBeVisible();
  });

  await test.step('a local learning workshop in the pilot area with other neighbourhood managements', async () => {
    await page.goto('/exchanges');
    await page.getByRole('link', { name: 'Austausch planen' }).click();
    await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
    await page.getByLabel('Art *', { exact: true }).selectOption({ label: 'Workshop' });
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
    const links = page.getByRole('region', { name: 'Verknüpfungen' });
    await links.getByLabel('Art der Verknüpfung').selectOption({ label: 'Gehört zu einem Projekt' });
    await pick(links, 'Projekt', 'Initiativmanagement', PROJECT);
    await links.getByRole('button', { name: 'Verknüpfen' }).click();
    await expect(links.getByRole('listitem').filter({ hasText: PROJECT })).toContainText('Gehört zum Projekt:');
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

  await test.step('the action plan linked from the project\'s page, and the plan names the project', async () => {
    const linking = page.getByRole('form', { name: 'Austausch oder Aktionsplan verknüpfen' });
    await linking.getByLabel('Was soll verknüpft werden?').selectOption({ label: 'Ein Aktionsplan gehört zu diesem Projekt' });
    await pick(linking, 'Aktionsplan', 'Aktionsplan Volkmarsdorf', 'Aktionsplan Volkmarsdorf 2017–2018');
    await linking.getByRole('button', { name: 'Verknüpfen' }).click();
    const linked = page.getByRole('region', { name: 'Verknüpfte Austausche, Aktionspläne, Maßnahmen und Gebietsbeobachtung' });
    await expect(linked.getByRole('listitem').filter({ hasText: 'Aktionsplan zum Projekt:' })).toContainText('Aktionsplan Volkmarsdorf 2017–2018');
    await linked.getByRole('link', { name: 'Aktionsplan Volkmarsdorf 2017–2018' }).click();
    await expect(heading).toHaveText('Aktionsplan Volkmarsdorf 2017–2018');
    await expect(page.getByRole('region', { name: 'Verknüpfungen' }).getByRole('listitem').filter({ hasText: PROJECT })).toContainText('Gehört zum Projekt:');
    await page.getByRole('region', { name: 'Verknüpfungen' }).getByRole('link', { name: PROJECT }).click();
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
    const linked = page.getByRole('region', { name: 'Verknüpfte Austausche, Aktionspläne, Maßnahmen und Gebietsbeobachtung' });
    await expect(linked).toContainText('Stadtteildialoge neuer Art');
    await expect(linked.getByRole('listitem').filter({ hasText: 'Unterstützungsbedarf im Leipziger Osten' })).toContainText('Gebietsbeobachtung');
    await expect(linked.getByRole('listitem').filter({ hasText: 'Lernwerkstatt Volkmarsdorf' })).toContainText('Austausch im Projekt:');
    await expect(linked.getByRole('listitem').filter({ hasText: 'Aktionsplan zum Projekt:' })).toContainText('Aktionsplan Volkmarsdorf 2017–2018');
  });

  await test.step('the area monitor names the project its pilot selection started', async () => {
    await page.getByRole('link', { name: 'Unterstützungsbedarf im Leipziger Osten' }).click();
    await expect(heading).toHaveText('Unterstützungsbedarf im Leipziger Osten');
    await expect(page.getByRole('main').getByRole('link', { name: PROJECT }).first()).toBeVisible();
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

test('an area monitoring without indicators says how they are set instead of an empty list', async ({ page }) => {
  await page.goto('/areas');
  await page.getByRole('link', { name: 'Fördergebiete der Stadt Glauchau' }).click();
  await expect(page.getByText('Noch keine Indikatoren: Sie werden beim Bearbeiten der Gebietsbeobachtung festgelegt.')).toBeVisible();
});
