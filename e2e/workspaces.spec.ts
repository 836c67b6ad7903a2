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
    await page.getByLabel('Name *', { exact: true }).fill('Stadtteilpartnerschaft Grünau – Darnyzkyj');
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
    await invitee.getByLabel('Name *', { exact: true }).fill('Oleksandr Melnyk');
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

    await invitee.getByRole('button', { name: 'Verlassen', exact: true }).click();
    await invitee.getByRole('button', { name: 'Ja, verlassen' }).click();
    await expect(invitee).toHaveURL(/\/workspaces$/);
    await expect(invitee.getByText('Sie gehören noch keinem Arbeitsbereich an.')).toBeVisible();
    await expect(invitee.getByRole('combobox', { name: 'Arbeitsbereich' })).toHaveCount(0);
    await inviteeContext.close();
  });

  test('a link to share is shown once to copy, someone with an account signs in and accepts it, the owner removes them and withdraws the link', async ({ page, browser }) => {
    await signUp(page, { displayName: 'Thomas Krüger' });
    await page.goto('/workspaces');
    await page.getByLabel('Name *', { exact: true }).fill('Netzwerktreffen Sachsen');
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

    // Someone with an account signs in from the invitation and then accepts it.
    const guestContext = await browser.newContext();
    const guest = await guestContext.newPage();
    const guestAccount = await signUp(guest, { displayName: 'Iryna Savchenko' });
    await guestContext.clearCookies();
    await guest.goto(new URL(link).pathname);
    await expect(guest.getByRole('main')).toContainText('Thomas Krüger lädt Sie ein, mit der Rolle „Gast“ mitzuarbeiten.');
    await guest.getByRole('link', { name: 'Anmelden und annehmen' }).click();
    await guest.getByLabel('E-Mail-Adresse').fill(guestAccount.email);
    await guest.getByLabel('Passwort').fill(guestAccount.password);
    await guest.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await expect(guest).toHaveURL(new URL(link).pathname);
    await guest.getByRole('button', { name: 'Einladung annehmen' }).click();
    await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Netzwerktreffen Sachsen');
    await expect(guest.getByRole('main')).toContainText('Ihre Rolle: Gast');
    await expect(guest.getByRole('link', { name: 'Änderungsprotokoll' })).toHaveCount(0);
    // A guest can only read; the profile says so and how to get a workspace to write in.
    const workspacePage = new URL(guest.url()).pathname;
    await guest.goto('/profile');
    const whatNext = guest.getByRole('note', { name: 'Wie es weitergeht' });
    await expect(whatNext).toContainText('In Ihren Arbeitsbereichen sind Sie Gast und können nur lesen.');
    await expect(whatNext.getByRole('link', { name: 'Eigenen Arbeitsbereich anlegen' })).toBeVisible();
    await guest.goto(workspacePage);

    await page.reload();
    const members = page.getByRole('table', { name: 'Mitglieder von Netzwerktreffen Sachsen' });
    const guestRow = members.getByRole('row').filter({ hasText: 'Iryna Savchenko' });
    await expect(guestRow).toContainText('Gast');
    await guestRow.getByRole('button', { name: 'Iryna Savchenko entfernen' }).click();
    await expect(guestRow.getByRole('button', { name: 'Ja, entfernen' })).toBeFocused();
    await guestRow.getByRole('button', { name: 'Ja, entfernen' }).click();
    await expect(guestRow).toHaveCount(0);
    await guest.reload();
    await expect(guest.getByRole('alert')).toBeVisible();

    const row = page.getByRole('table', { name: 'Offene Einladungen' }).getByRole('row').filter({ hasText: 'Link zum Weitergeben' });
    await row.getByRole('button', { name: 'Einladung für Link zum Weitergeben zurückziehen' }).click();
    await row.getByRole('button', { name: 'Ja, zurückziehen' }).click();
    await expect(page.getByText('Es gibt keine offenen Einladungen.')).toBeVisible();

    // A shared link stays open for others until it is withdrawn.
    await guestContext.clearCookies();
    await guest.goto(new URL(link).pathname);
    await expect(guest.getByRole('status')).toContainText('Diese Einladung ist nicht mehr gültig');
    await guestContext.close();
  });
});
