import { expect, test, type Page } from '@playwright/test';
import { newCoordinatorWithWorkspace, newOrganization, pick } from '../support/recordFromScratch.js';

const CONGRESS = 'Bundeskongress Stadtentwicklungspolitik 2015';
const TRIP = 'Lernreise Soziale Stadt: Leipzig, Nürnberg, München';

/** Starts the form for a new exchange of the given kind, with its German and English title and dates. */
async function startExchange(page: Page, kind: string, title: [string, string], start: string, end: string) {
  await page.goto('/exchanges');
  await page.getByRole('link', { name: 'Austausch planen' }).click();
  await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).not.toHaveValue('');
  await page.getByLabel('Art *', { exact: true }).selectOption({ label: kind });
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Abgeschlossen' });
  const titles = page.getByRole('group', { name: /^Titel/ });
  await titles.getByLabel('Deutsch').fill(title[0]);
  await titles.getByLabel('Englisch').fill(title[1]);
  await page.getByLabel('Erster Tag').fill(start);
  await page.getByLabel('Letzter Tag').fill(end);
}

async function addRole(page: Page, organization: string, role: string) {
  await pick(page, 'Organisation hinzufügen', organization, organization);
  await page.getByLabel(`Rolle von ${organization}`).last().selectOption({ label: role });
}

/**
 * A national congress in Leipzig followed by a peer-learning trip through three cities for
 * delegations from four countries: the ministry hosts, the development agency carries out the trip
 * and commissioned a consultancy to prepare, run and follow it up.
 */
test('a congress and the peer-learning trip after it: four countries, three cities with site visits, host, implementer, client and consultancy, each on its organisation page', async ({ page }) => {
  test.setTimeout(360_000);
  const heading = page.getByRole('heading', { level: 1 });
  await newCoordinatorWithWorkspace(page, 'Jörg Seidel', 'Internationale Stadtentwicklung');

  await test.step('the ministry, the agency and the consultancy in the directory', async () => {
    await newOrganization(page, 'Bundesministerium für Stadtentwicklung und Bauwesen', 'Ministerium', 'Berlin');
    await newOrganization(page, 'Agentur für internationale Zusammenarbeit', 'Entwicklungsagentur', 'Berlin');
    await newOrganization(page, 'bgh Stadtplanung und Beratung', 'Beratungsunternehmen', 'Leipzig');
  });

  await test.step('the congress in Leipzig, hosted by the ministry', async () => {
    await startExchange(page, 'Konferenz', [CONGRESS, 'National urban development policy congress 2015'], '2015-09-16', '2015-09-18');
    await pick(page, 'Ort', 'Leipzig', 'Leipzig');
    const themes = page.getByRole('group', { name: 'Themen' });
    await themes.getByLabel('Integrierte Stadtentwicklung').check();
    await themes.getByLabel('Integration').check();
    await addRole(page, 'Bundesministerium für Stadtentwicklung', 'Gastgeber');
    await addRole(page, 'Bundesministerium für Stadtentwicklung', 'Auftraggeber');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText(CONGRESS);
    await expect(page.getByRole('region', { name: 'Überblick' })).toContainText('16.–18. September 2015');
  });

  await test.step('the peer-learning trip: three cities, each with its site visits, and four roles', async () => {
    await startExchange(page, 'Lernreise', [TRIP, 'Peer-learning trip on the Social City programme'], '2015-09-18', '2015-09-21');
    const themes = page.getByRole('group', { name: 'Themen' });
    await themes.getByLabel('Förderinstrumente').check();
    await themes.getByLabel('Sozialer Zusammenhalt').check();
    const stops = page.getByRole('group', { name: 'Stationen der Reise' });
    for (const [index, town, from, to, visits] of [
      [1, 'Leipzig', '2015-09-18', '2015-09-19', 'Stadtteilrundgang im Leipziger Osten\nGespräch im Stadtplanungsamt'],
      [2, 'Nürnberg', '2015-09-19', '2015-09-20', 'Quartiersbüro in der Südstadt'],
      [3, 'München', '2015-09-20', '2015-09-21', 'Sanierungsgebiet mit Bürgerbeteiligung\nAbschlussgespräch zu Förderinstrumenten'],
    ] as const) {
      await stops.getByRole('button', { name: 'Station hinzufügen' }).click();
      const stop = stops.getByRole('group', { name: `Station ${index}` });
      await pick(stop, 'Ort', town, town);
      await stop.getByLabel('Von').fill(from);
      await stop.getByLabel('Bis').fill(to);
      await stop.getByRole('group', { name: /^Besuche vor Ort/ }).getByLabel('Deutsch').fill(visits);
    }
    await addRole(page, 'Bundesministerium für Stadtentwicklung', 'Gastgeber');
    await addRole(page, 'Agentur für internationale', 'Durchführung');
    await addRole(page, 'Agentur für internationale', 'Auftraggeber');
    for (const role of ['Vorbereitung', 'Ausführung', 'Nachbereitung']) await addRole(page, 'bgh Stadtplanung', role);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText(TRIP);
  });

  await test.step('delegations from South Africa, the USA, India and Ukraine', async () => {
    const delegations = page.getByRole('region', { name: 'Delegationen' });
    await delegations.getByRole('button', { name: 'Delegation hinzufügen' }).click();
    const empty = page.getByRole('form', { name: 'Neue Delegation' });
    await empty.getByRole('button', { name: 'Speichern' }).click();
    await expect(empty.getByRole('alert').filter({ hasText: 'Nicht gespeichert' })).toContainText('Aus dem Ort');
    await empty.getByRole('button', { name: 'Abbrechen' }).click();
    for (const [country, sector, size] of [
      ['Südafrika', 'Ministerien', '3'],
      ['Vereinigte Staaten', 'Verwaltung', '2'],
      ['Indien', 'Ministerien', '3'],
      ['Ukraine', 'Verwaltung', '2'],
    ] as const) {
      await delegations.getByRole('button', { name: 'Delegation hinzufügen' }).click();
      const form = page.getByRole('form', { name: 'Neue Delegation' });
      await pick(page, 'Aus dem Ort', country, country);
      await form.getByLabel(sector).check();
      await form.getByLabel('Personen').fill(size);
      await form.getByRole('button', { name: 'Speichern' }).click();
      await expect(form).toHaveCount(0);
    }
    const table = page.getByRole('table', { name: 'Delegationen nach Herkunft' });
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.locator('tfoot tr')).toContainText('4 Delegationen aus 4 Ländern');
  });

  await test.step('the trip is linked to the congress it accompanies, and each page names the other', async () => {
    const links = page.getByRole('region', { name: 'Verknüpfungen' });
    await links.getByLabel('Art der Verknüpfung').selectOption({ label: 'Begleitet einen anderen Austausch' });
    await pick(links, 'Austausch', 'Bundeskongress Stadtentwicklungspolitik', CONGRESS);
    await links.getByRole('button', { name: 'Verknüpfen' }).click();
    await expect(links.getByRole('listitem').filter({ hasText: CONGRESS })).toContainText('Begleitet:');
    await links.getByRole('link', { name: CONGRESS }).click();
    await expect(heading).toHaveText(CONGRESS);
    await expect(page.getByRole('region', { name: 'Verknüpfungen' }).getByRole('listitem').filter({ hasText: TRIP })).toContainText('Begleitet von:');
    await page.getByRole('region', { name: 'Verknüpfungen' }).getByRole('link', { name: TRIP }).click();
    await expect(heading).toHaveText(TRIP);
  });

  await test.step('a reader of the trip sees its stations in order, the site visits and who did what', async () => {
    await expect(page.getByRole('region', { name: 'Überblick' })).toContainText('18.–21. September 2015');
    const stations = page.getByRole('region', { name: 'Stationen der Reise' });
    await expect(stations.getByRole('listitem').filter({ hasText: 'Leipzig' }).first()).toContainText('Stadtteilrundgang im Leipziger Osten');
    await expect(stations).toContainText('Quartiersbüro in der Südstadt');
    await expect(stations).toContainText('Abschlussgespräch zu Förderinstrumenten');
    const text = (await stations.textContent()) ?? '';
    expect(text.indexOf('Leipzig')).toBeLessThan(text.indexOf('Nürnberg'));
    expect(text.indexOf('Nürnberg')).toBeLessThan(text.indexOf('München'));
    const roles = page.getByRole('table', { name: 'Organisationen und ihre Rollen' });
    await expect(roles.getByRole('row').filter({ hasText: 'Bundesministerium für Stadtentwicklung und Bauwesen' })).toContainText('Gastgeber');
    await expect(roles.getByRole('row').filter({ hasText: 'Agentur für internationale Zusammenarbeit' })).toContainText(['Durchführung']);
    await expect(roles).toContainText('Auftraggeber');
    await expect(roles.getByRole('row').filter({ hasText: 'bgh Stadtplanung und Beratung' })).toHaveCount(3);
    for (const role of ['Vorbereitung', 'Ausführung', 'Nachbereitung']) await expect(roles).toContainText(role);

    await page.getByRole('group', { name: 'Sprache' }).getByRole('button', { name: 'English' }).click();
    await expect(heading).toHaveText('Peer-learning trip on the Social City programme');
    await expect(page.getByRole('region', { name: 'Stops of the trip' })).toContainText('Nuremberg');
  });

  await test.step('the pages of the ministry, the agency and the consultancy show their roles in the congress and the trip', async () => {
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Deutsch' }).click();
    for (const [organization, rows] of [
      [
        'Bundesministerium für Stadtentwicklung und Bauwesen',
        [
          [TRIP, '18.–21. September 2015', 'Gastgeber'],
          [CONGRESS, '16.–18. September 2015', 'Gastgeber, Auftraggeber'],
        ],
      ],
      ['Agentur für internationale Zusammenarbeit', [[TRIP, '18.–21. September 2015', 'Durchführung, Auftraggeber']]],
      ['bgh Stadtplanung und Beratung', [[TRIP, '18.–21. September 2015', 'Vorbereitung, Ausführung, Nachbereitung']]],
    ] as const) {
      await page.goto('/organizations');
      await page.getByRole('main').getByRole('link', { name: organization, exact: true }).click();
      await expect(heading).toHaveText(organization);
      const involvement = page.getByRole('region', { name: 'Beteiligt an' });
      await expect(involvement.getByRole('heading', { name: `Austausche (${rows.length})` })).toBeVisible();
      const table = involvement.getByRole('table', { name: 'Austausche: Einträge mit Zeitraum und Rolle' });
      await expect(table.locator('tbody tr')).toHaveCount(rows.length);
      for (const [index, [title, period, roleNames]] of rows.entries()) {
        const row = table.locator('tbody tr').nth(index);
        await expect(row.getByRole('link', { name: title })).toBeVisible();
        await expect(row).toContainText(period);
        await expect(row.getByRole('cell').last()).toHaveText(roleNames);
      }
    }
    await page.getByRole('region', { name: 'Beteiligt an' }).getByLabel('Jahr').fill('2016');
    await expect(page.getByRole('region', { name: 'Beteiligt an' })).toContainText('Noch an nichts beteiligt, das Sie sehen können.');
    await page.getByRole('region', { name: 'Beteiligt an' }).getByLabel('Jahr').fill('2015');
    await expect(page.getByRole('region', { name: 'Beteiligt an' }).getByRole('link', { name: TRIP })).toBeVisible();
    await page.getByRole('group', { name: 'Sprache' }).getByRole('button', { name: 'English' }).click();
  });

  await test.step('the trip is found among the peer-learning trips', async () => {
    await page.goto('/exchanges?kind=peer_learning_trip');
    await expect(page.getByRole('main').getByRole('link', { name: 'Peer-learning trip on the Social City programme' })).toBeVisible();
  });
});
