import { expect, test } from '@playwright/test';
import { PASSWORD, signUp, uniqueEmail } from './support/accounts.js';
import { mailedLink } from './support/mailedLink.js';

test.describe('accounts', () => {
  test('sign-up names each problem at its field, creates the account, and the mailed link confirms the address', async ({ page }) => {
    const email = uniqueEmail('sign-up');
    await page.goto('/');
    await page.getByRole('link', { name: 'Registrieren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konto anlegen');

    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Name: Bitte füllen Sie dieses Feld aus.',
      'E-Mail-Adresse: Bitte füllen Sie dieses Feld aus.',
      'Passwort: Bitte füllen Sie dieses Feld aus.',
    ]);
    await summary.getByRole('link', { name: /^Passwort:/ }).click();
    await expect(page.getByLabel('Passwort')).toBeFocused();
    await expect(page.getByLabel('Passwort')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Name *', { exact: true }).fill('Olena Kovalenko');
    await page.getByLabel('E-Mail-Adresse').fill(email);
    const password = page.getByLabel('Passwort');
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await password.fill('kurz');
    await expect(page.locator('#sign-up-password-hint')).toContainText('Noch 8 Zeichen.');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect(summary.getByRole('link')).toHaveText(['Passwort: Das Passwort muss mindestens 12 Zeichen lang sein.']);

    // Long enough, but the server knows it as a common password; its answer appears at the field.
    await password.fill('password1234');
    await expect(page.locator('#sign-up-password-hint')).toContainText('Die Länge reicht.');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect(page.locator('#sign-up-password-error')).toContainText('sehr häufig verwendet');
    await expect(password).toHaveAttribute('aria-describedby', 'sign-up-password-hint sign-up-password-error');

    await password.fill(PASSWORD);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Profil');
    await expect(page.locator('summary')).toContainText('Olena Kovalenko');
    await expect(page.getByRole('main')).toContainText('noch nicht bestätigt');

    await page.goto(await mailedLink(email, 'verify-email'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-Mail-Adresse bestätigen');
    await expect(page.getByRole('status').filter({ hasText: 'Ihre E-Mail-Adresse ist bestätigt.' })).toBeVisible();
    await page.getByRole('link', { name: 'Zu Ihrem Profil' }).click();
    await expect(page.getByRole('main').locator('.kern-badge')).toHaveText('bestätigt');
  });

  test('signing out, a page that needs an account leads to sign-in and back after it', async ({ page }) => {
    const account = await signUp(page, { displayName: 'Jonas Weber' });
    await page.goto('/profile');
    await page.locator('summary').filter({ hasText: 'Jonas Weber' }).click();
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('status').filter({ hasText: 'Sie haben sich abgemeldet.' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();

    await page.goto('/profile/tokens');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile%2Ftokens$/);
    await page.getByLabel('E-Mail-Adresse').fill(account.email);
    await expect(page.getByLabel('Passwort')).toHaveAttribute('autocomplete', 'current-password');
    await page.getByLabel('Passwort').fill('not the password at all');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.locator('.error-summary')).toContainText('E-Mail-Adresse oder Passwort stimmen nicht.');

    await page.getByLabel('Passwort').fill(account.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page).toHaveURL(/\/profile\/tokens$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('API-Tokens');
  });

  test('a forgotten password is reset through the mailed link, which works once', async ({ page }) => {
    const account = await signUp(page, { displayName: 'Mariia Shevchenko' });
    await page.context().clearCookies();
    const newPassword = 'Neues Passwort für Darnyzkyj 2019';

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Passwort vergessen');
    await page.getByLabel('E-Mail-Adresse').fill(account.email);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Bitte sehen Sie in Ihr Postfach' })).toContainText(account.email);

    const link = await mailedLink(account.email, 'reset-password');
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neues Passwort festlegen');
    await page.getByLabel('Neues Passwort').fill(newPassword);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();

    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('status').filter({ hasText: 'Ihr neues Passwort gilt.' })).toBeVisible();
    await page.getByLabel('E-Mail-Adresse').fill(account.email);
    await page.getByLabel('Passwort').fill(newPassword);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('summary')).toContainText('Mariia Shevchenko');

    await page.goto(link);
    await page.getByLabel('Neues Passwort').fill('Noch ein neues Passwort 2020');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect(page.locator('.error-summary')).toContainText('Der Link ist unbekannt, abgelaufen oder wurde schon benutzt.');
    await expect(page.getByRole('link', { name: 'Neuen Link anfordern' })).toBeVisible();
  });

  test('the profile changes name and language (the interface follows) and signs out everywhere', async ({ page, browser }) => {
    const account = await signUp(page, { displayName: 'Kateryna Bondar' });
    const otherDevice = await browser.newContext();
    const otherPage = await otherDevice.newPage();
    await otherPage.goto('/sign-in');
    await otherPage.getByLabel('E-Mail-Adresse').fill(account.email);
    await otherPage.getByLabel('Passwort').fill(account.password);
    await otherPage.getByRole('button', { name: 'Anmelden' }).click();
    await expect(otherPage.locator('summary')).toContainText('Kateryna Bondar');

    await page.goto('/profile');
    await page.getByLabel('Name *', { exact: true }).fill('Kateryna Bondar-Schulz');
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption({ label: 'English' });
    await page.getByRole('button', { name: 'Speichern' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your profile');
    await expect(page.getByRole('status').filter({ hasText: 'Your details are saved.' })).toBeVisible();
    await expect(page.locator('summary')).toContainText('Kateryna Bondar-Schulz');

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page.getByRole('button', { name: 'Yes, sign out everywhere' })).toBeFocused();
    await page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('status').filter({ hasText: 'You have been signed out on all devices.' })).toBeVisible();

    await otherPage.goto('/profile');
    await expect(otherPage).toHaveURL(/\/sign-in\?next=%2Fprofile$/);
    await otherDevice.close();
  });

  test('with single sign-on set up, sign-in offers it as a plain link back to the page asked for, and explains a failed attempt', async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname === '/api/auth/session',
      async (route) => {
        const response = await route.fetch();
        const session = (await response.json()) as Record<string, unknown>;
        await route.fulfill({ response, json: { ...session, singleSignOn: { displayName: 'Stadtverwaltung Leipzig', startUrl: '/api/auth/oidc/start' } } });
      },
    );
    await page.goto('/sign-in?next=%2Fworkspaces');
    await expect(page.getByRole('link', { name: 'Anmelden mit Stadtverwaltung Leipzig' })).toHaveAttribute(
      'href',
      '/api/auth/oidc/start?returnTo=%2Fworkspaces',
    );

    await page.goto('/sign-in?signOn=address-taken');
    await expect(page.getByRole('status').filter({ hasText: 'Die Anmeldung über Ihre Organisation hat nicht geklappt' })).toContainText(
      'Zu Ihrer E-Mail-Adresse gibt es schon ein Konto.',
    );
  });
});
