import { expect, test } from '@playwright/test';
import { newCoordinatorWithWorkspace, pick } from '../support/recordFromScratch.js';

const TOWNS = [
  ['Glauchau', 'Glauchau'],
  ['Chemnitz', 'Chemnitz'],
  ['Zwickau', 'Zwickau'],
  ['Freiberg', 'Freiberg'],
] as const;

/**
 * A regional network of neighbourhood managers that meets quarterly in a rotating member town,
 * recorded by a new coordinator through the pages alone.
 */
test('a network of neighbourhood managers with its member towns, a year of meetings and a confirmed host', async ({ page }) => {
  test.setTimeout(180_000);
  const heading = page.getByRole('heading', { level: 1 });
  await newCoordinatorWithWorkspace(page, 'Sabine Wolf', 'Quartiersmanagement Westsachsen');

  await test.step('create the network', async () => {
    await page.goto('/networks');
    await page.getByRole('link', { name: 'Netzwerk anlegen' }).click();
    await expect(heading).toHaveText('Neues Netzwerk');
    const name = page.getByRole('group', { name: /^Name des Netzwerks/ });
    await name.getByLabel('Deutsch').fill('Netzwerk Quartiersmanagement Westsachsen');
    await name.getByLabel('Ukrainisch').fill('Мережа квартального менеджменту Західної Саксонії');
    await page.getByLabel('Art des Netzwerks').selectOption({ label: 'Fachnetzwerk' });
    await page.getByLabel('Turnus').selectOption({ label: 'Vierteljährlich' });
    await page.getByLabel('Gründungsjahr').fill('vor langer Zeit');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Bitte geben Sie ein Jahr wie 2008 ein.')).toBeVisible();
    await page.getByLabel('Gründungsjahr').fill('2008');
    await pick(page, 'Region', 'Sachsen', 'Sachsen');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText('Netzwerk Quartiersmanagement Westsachsen');
    const overview = page.getByRole('region', { name: 'Überblick' });
    await expect(overview).toContainText('Fachnetzwerk');
    await expect(overview).toContainText('Vierteljährlich');
    await expect(overview).toContainText('2008');
    const rotation = page.getByRole('region', { name: 'Gastgeber im Wechsel' });
    await expect(rotation.getByRole('status')).toHaveText('Das Netzwerk hat noch keine Mitglieder. Sobald Mitglieder eingetragen sind, steht hier, wer an der Reihe ist, Gastgeber zu sein.');
  });

  await test.step('add the member towns; a town already in the network is refused at its field', async () => {
    const members = page.getByRole('region', { name: 'Mitglieder' });
    for (const [text, expected] of TOWNS) {
      await members.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
      const form = page.getByRole('form', { name: 'Neues Mitglied' });
      await pick(page, 'Stadt oder Gemeinde', text, expected);
      await form.getByLabel('Mitglied seit').fill('2008-04-01');
      await form.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
      await expect(form).toHaveCount(0);
      await expect(members.getByRole('table').getByRole('row').filter({ hasText: expected })).toBeVisible();
    }
    await members.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
    const form = page.getByRole('form', { name: 'Neues Mitglied' });
    await pick(page, 'Stadt oder Gemeinde', 'Glauchau', 'Glauchau');
    await form.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
    await expect(form.getByText('noch nicht Mitglied ist')).toBeVisible();
    await form.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(page.getByRole('region', { name: 'Überblick' })).toContainText('4 Mitglieder');
  });

  await test.step('generate a year of quarterly meetings, each with a proposed host', async () => {
    const rotation = page.getByRole('region', { name: 'Gastgeber im Wechsel' });
    await rotation.getByLabel('Erstes Treffen am').fill('2031-03-12');
    await rotation.getByRole('button', { name: 'Treffen anlegen' }).click();
    await expect(rotation.getByText(/\d Treffen angelegt/)).toBeVisible();
    const meetings = page.getByRole('region', { name: 'Treffen' });
    await expect(meetings.getByRole('row').filter({ hasText: '12. März 2031' })).toBeVisible();
  });

  await test.step('propose the host of the next meeting and confirm it by planning the meeting', async () => {
    const rotation = page.getByRole('region', { name: 'Gastgeber im Wechsel' });
    await rotation.getByLabel('Datum des Treffens').fill('2032-06-09');
    const proposal = rotation.getByRole('status').filter({ hasText: 'Vorschlag für 9. Juni 2032' });
    await expect(proposal).toBeVisible();
    const host = /Vorschlag für 9\. Juni 2032: ([^.]+)\./.exec((await proposal.textContent()) ?? '')![1]!;
    await proposal.getByRole('link', { name: 'Treffen mit diesem Gastgeber planen' }).click();
    await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill(`Sommertreffen in ${host}`);
    await page.getByLabel('Letzter Tag').fill('2032-06-09');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText(`Sommertreffen in ${host}`);
    await expect(page.getByRole('region', { name: 'Überblick' })).toContainText(host);
    const history = page.getByRole('region', { name: 'Änderungsverlauf' });
    await expect(history.getByRole('link', { name: host, exact: true })).toBeVisible();
    await expect(history).not.toContainText('ein Eintrag, den Sie nicht sehen können');
    await page.getByRole('region', { name: 'Überblick' }).getByRole('link', { name: 'Netzwerk Quartiersmanagement Westsachsen' }).click();
    await expect(heading).toHaveText('Netzwerk Quartiersmanagement Westsachsen');
    const row = page.getByRole('region', { name: 'Treffen' }).getByRole('row').filter({ hasText: `Sommertreffen in ${host}` });
    await expect(row).toContainText(host);
  });

  await test.step('a member that hosted is kept as a former member when removed', async () => {
    const members = page.getByRole('region', { name: 'Mitglieder' });
    const glauchau = members.getByRole('row').filter({ hasText: 'Glauchau' });
    await glauchau.getByRole('button', { name: 'Entfernen: Glauchau' }).click();
    await members.getByRole('button', { name: 'Entfernen', exact: true }).click();
    await expect(members.getByRole('status')).toContainText('Glauchau ist jetzt ehemaliges Mitglied');
    await expect(page.getByRole('region', { name: 'Überblick' })).toContainText('3 Mitglieder');
    await expect(members.getByRole('row').filter({ hasText: 'Glauchau' })).toBeVisible();
  });
});
