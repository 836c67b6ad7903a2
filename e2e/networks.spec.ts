import { expect, test } from '@playwright/test';

test.describe('networks', () => {
  test('a network shows its cadence, its meetings with their host towns and its members', async ({ page }) => {
    await page.goto('/networks');
    const row = page.getByRole('table', { name: 'Netzwerke' }).getByRole('row').filter({ hasText: 'LAG Sachsen' });
    await expect(row.getByRole('cell')).toHaveText(['Vierteljährlich', 'Sachsen', '11', '2000']);
    await row.getByRole('link').click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netzwerk sächsischer Quartiersmanager (LAG Sachsen)');
    const overview = page.getByRole('region', { name: 'Überblick' });
    await expect(overview).toContainText('Vierteljährlich');
    await expect(overview).toContainText('11 Mitglieder');

    const meetings = page.getByRole('table', { name: 'Treffen des Netzwerks, neueste zuerst' }).locator('tbody tr');
    // The next two meetings, dated from the day the demo was written, in the towns that have not hosted yet.
    await expect(meetings).toHaveCount(10);
    await expect(meetings.locator('td:last-child')).toHaveText(['Pirna', 'Freiberg', 'Bautzen', 'Görlitz', 'Plauen', 'Dresden', 'Glauchau', 'Zwickau', 'Chemnitz', 'Leipzig']);
    await expect(meetings.nth(2)).toContainText('18. Oktober 2018');

    const members = page.getByRole('table', { name: 'Mitglieder des Netzwerks' }).locator('tbody th');
    await expect(members).toHaveCount(11);
    await expect(members.first()).toHaveText('Bautzen');
    await expect(members.last()).toHaveText('Zwickau');

    await meetings.nth(6).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quartalstreffen des Netzwerks in Glauchau');
    await expect(page.getByRole('region', { name: 'Überblick' }).getByRole('link', { name: /LAG Sachsen/ })).toBeVisible();

    const hostTown = page.getByRole('region', { name: 'Im Gastgeberort Glauchau' });
    await expect(hostTown.getByRole('listitem').filter({ hasText: 'Fördergebiete der Stadt Glauchau' })).toContainText('Unterstadt-Mulde');
    await expect(hostTown.getByRole('link', { name: 'Koordinierungsstelle / Quartiersmanagement Glauchau' })).toBeVisible();
    await hostTown.getByRole('link', { name: 'Fördergebiete der Stadt Glauchau' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fördergebiete der Stadt Glauchau');
  });
});
