import { expect, test } from '@playwright/test';
import { PASSWORD, signUp, uniqueEmail } from './support/accounts.js';
import { mailedLink } from './support/mailedLink.js';

test.describe('workspaces', () => {
  test('an owner invites by e-mail; the invitee signs up from the mailed link, finds the workspace in the switcher and gets another role', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    await signUp(page, { displayName: 'Birgit Hoffmann' });
    const inviteeEmail = uniqueEmail('invitee');

    await page.goto('/workspaces');
    await expect(page.getByText('Sie gehören noch keinem Arbeitsbereich an.')).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill('Stadtteilpartnerschaft Grünau – Darnyzkyj');
    await page.getByLabel('Beschreibung').fill('Gemeinsame Projektgruppen aus Leipzig-Grünau und Kiew-Darnyzkyj.');
    await page.getByRole('button', { name: 'Arbeitsbereich anlegen' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stadtteilpartnerschaft Grünau – Darnyzkyj');
    const workspaceUrl = page.url();
    await expect(page.getByRole('main')).toContainText('Ihre Rolle: Leitung');
    await expect(page.getByRole('combobox', { name: 'Arbeitsbereich' })).toHaveValue(workspaceUrl.split('/').at(-1)!);

    const byEmail = page.locator('form').filter({ has: page.getByRole('button', { name: 'Einladung senden' }) });
    await byEmail.getByLabel('E-Mail-Adresse').fill(inviteeEmail);
    await byEmail.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Mitglied' });
    await byEmail.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Die Einladung an ${inviteeEmail}` })).toBeVisible();
    const open = page.getByRole('table', { name: 'Offene Einladungen' });
    await expect(open.getByRole('row').filter({ hasText: inviteeEmail })).toContainText('Mitglied');

    // The invitee, in a browser of their own.
    const inviteeContext = await browser.newContext();
    const invitee = await inviteeContext.newPage();
    await invitee.goto(await mailedLink(inviteeEmail, 'invitations'));
    await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Einladung in den Arbeitsbereich „Stadtteilpartnerschaft Grünau – Darnyzkyj“');
    await expect(invitee.getByRole('main')).toContainText('Birgit Hoffmann lädt Sie ein, mit der Rolle „Mitglied“ mitzuarbeiten.');
    await invitee.getByRole('link', { name: 'Konto anlegen und beitreten' }).click();

    await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Konto anlegen');
    await expect(invitee.getByRole('status').filter({ hasText: 'Einladung in den Arbeitsbereich' })).toBeVisible();
    await expect(invitee.getByLabel('E-Mail-Adresse')).toHaveValue(inviteeEmail);
    await invitee.getByLabel('Name', { exact: true }).fill('Oleksandr Melnyk');
    await invitee.getByLabel('Passwort').fill(PASSWORD);
    await invitee.getByRole('button', { name: 'Konto anlegen' }).click();

    await expect(invitee).toHaveURL(workspaceUrl);
    await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Stadtteilpartnerschaft Grünau – Darnyzkyj');
    await expect(invitee.getByRole('main')).toContainText('Ihre Rolle: Mitglied');
    const switcher = invitee.getByRole('combobox', { name: 'Arbeitsbereich' });
    await expect(switcher.getByRole('option')).toHaveText(['Stadtteilpartnerschaft Grünau – Darnyzkyj']);
    // Invited by e-mail and following the link proves the address.
    await invitee.goto('/profile');
    await expect(invitee.getByRole('main').locator('.kern-badge')).toHaveText('bestätigt');

    // The owner makes the new member a coordinator.
    await page.reload();
    const members = page.getByRole('table', { name: 'Mitglieder von Stadtteilpartnerschaft Grünau – Darnyzkyj' });
    const row = members.getByRole('row').filter({ hasText: 'Oleksandr Melnyk' });
    await expect(row).toContainText(inviteeEmail);
    await row.getByRole('combobox', { name: 'Rolle von Oleksandr Melnyk' }).selectOption({ label: 'Koordination' });
    await row.getByRole('button', { name: 'Rolle von Oleksandr Melnyk ändern' }).click();
    await expect(row.getByRole('status')).toHaveText('Oleksandr Melnyk hat jetzt die Rolle „Koordination“.');
    await expect(open.getByRole('row').filter({ hasText: inviteeEmail })).toHaveCount(0);

    await invitee.goto(workspaceUrl);
    await expect(invitee.getByRole('main')).toContainText('Ihre Rolle: Koordination');
    await expect(invitee.getByRole('link', { name: 'Änderungsprotokoll' })).toBeVisible();
    await inviteeContext.close();
  });

  test('a link to share is shown once to copy, opens the invitation, and can be withdrawn', async ({ page, browser }) => {
    await signUp(page, { displayName: 'Thomas Krüger' });
    await page.goto('/workspaces');
    await page.getByLabel('Name', { exact: true }).fill('Netzwerktreffen Sachsen');
    await page.getByRole('button', { name: 'Arbeitsbereich anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netzwerktreffen Sachsen');

    const byLink = page.locator('form').filter({ has: page.getByRole('button', { name: 'Link erstellen' }) });
    await byLink.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Gast' });
    await byLink.getByRole('button', { name: 'Link erstellen' }).click();
    const created = page.getByRole('status').filter({ hasText: 'Einladungslink für die Rolle „Gast“ erstellt' });
    await expect(created).toContainText('nur dieses eine Mal');
    const link = await created.getByLabel('Einladungslink').inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invitations\/\S+$/);
    await expect(created.getByRole('button', { name: 'Kopieren' })).toBeVisible();

    const guestContext = await browser.newContext();
    const guest = await guestContext.newPage();
    await guest.goto(new URL(link).pathname);
    await expect(guest.getByRole('main')).toContainText('Thomas Krüger lädt Sie ein, mit der Rolle „Gast“ mitzuarbeiten.');

    const row = page.getByRole('table', { name: 'Offene Einladungen' }).getByRole('row').filter({ hasText: 'Link zum Weitergeben' });
    await row.getByRole('button', { name: 'Einladung für Link zum Weitergeben zurückziehen' }).click();
    await row.getByRole('button', { name: 'Ja, zurückziehen' }).click();
    await expect(page.getByText('Es gibt keine offenen Einladungen.')).toBeVisible();

    await guest.reload();
    await expect(guest.getByRole('status')).toContainText('Diese Einladung ist nicht mehr gültig');
    await guestContext.close();
  });
});
