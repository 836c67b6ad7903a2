import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, uniqueEmail } from './support/accounts.js';
import { mailedLink } from './support/mailedLink.js';

/** Signs up through the sign-up page, as a new user would. */
async function signUpInTheUi(page: Page, name: string, email = uniqueEmail('owner')) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Registrieren' }).click();
  await page.getByLabel('Name *', { exact: true }).fill(name);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(page.getByRole('banner')).toContainText(`Konto-Menü von ${name}`);
}

async function createWorkspace(page: Page, name: string): Promise<string> {
  await page.goto('/workspaces');
  await page.getByLabel('Name *', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Arbeitsbereich anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return page.url();
}

/** Creates an organisation only members of the current workspace may see; returns its page address. */
async function createWorkspaceOrganization(page: Page, name: string): Promise<string> {
  await page.goto('/organizations');
  await page.getByRole('link', { name: 'Organisation anlegen' }).click();
  // The list has a filter of the same name: wait until the form has replaced it.
  await expect(page).toHaveURL(/\/organizations\/new$/);
  await expect(page.getByRole('textbox', { name: /^Name\b/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Art der Organisation' }).selectOption({ label: 'Nichtregierungsorganisation' });
  await page.getByRole('textbox', { name: /^Name\b/ }).fill(name);
  await expect(page.getByRole('combobox', { name: 'Sichtbar für' })).toHaveValue('workspace');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return page.url();
}

test('sign-up → workspace → invitation: the invited member sees the workspace records, not another workspace’s', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpInTheUi(page, 'Karin Vogel');
  await createWorkspace(page, 'Quartiersmanagement Leipziger Osten');
  const ours = await createWorkspaceOrganization(page, 'Arbeitskreis Nachbarschaftsdialog');

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await signUpInTheUi(stranger, 'Jonas Richter');
  await createWorkspace(stranger, 'Netzwerk Westsachsen');
  const theirs = await createWorkspaceOrganization(stranger, 'Arbeitskreis Innenstadtforum');

  const inviteeEmail = uniqueEmail('invitee');
  await page.goto('/workspaces');
  await page.getByRole('link', { name: 'Quartiersmanagement Leipziger Osten' }).click();
  const byEmail = page.locator('form').filter({ has: page.getByRole('button', { name: 'Einladung senden' }) });
  await byEmail.getByLabel('E-Mail-Adresse').fill(inviteeEmail);
  await byEmail.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Mitglied' });
  await byEmail.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Die Einladung an ${inviteeEmail}` })).toBeVisible();

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(await mailedLink(inviteeEmail, 'invitations'));
  await invitee.getByRole('link', { name: 'Konto anlegen und beitreten' }).click();
  await invitee.getByLabel('Name *', { exact: true }).fill('Iryna Bondarenko');
  await invitee.getByLabel('Passwort').fill(PASSWORD);
  await invitee.getByRole('button', { name: 'Konto anlegen' }).click();
  await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Quartiersmanagement Leipziger Osten');

  await invitee.goto('/organizations');
  await invitee.getByRole('searchbox', { name: 'Name enthält' }).fill('Arbeitskreis');
  await invitee.getByRole('searchbox', { name: 'Name enthält' }).press('Enter');
  const table = invitee.getByRole('table', { name: 'Organisationen' });
  await expect(table).toContainText('Arbeitskreis Nachbarschaftsdialog');
  await expect(table).not.toContainText('Arbeitskreis Innenstadtforum');

  await invitee.goto(ours);
  await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Arbeitskreis Nachbarschaftsdialog');
  await invitee.goto(theirs);
  await expect(invitee.getByRole('main')).not.toContainText('Arbeitskreis Innenstadtforum');
  await expect(invitee.getByRole('main')).toContainText('Diesen Eintrag gibt es nicht');

  // Signed out, neither is visible.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(ours);
  await expect(visitor.getByRole('main')).not.toContainText('Arbeitskreis Nachbarschaftsdialog');
  await Promise.all([strangerContext.close(), inviteeContext.close(), visitorContext.close()]);
});
