import { expect, test, type Page } from '@playwright/test';
import { signUp } from './support/accounts.js';
import { chooseLanguage, type UiLanguage } from './support/chooseLanguage.js';
import { demoRecords } from './support/demoRecords.js';
import { expectNoAxeViolations, sweepTimeout } from './support/expectNoAxeViolations.js';
import { sessionApi } from './support/sessionApi.js';

const LANGUAGES: UiLanguage[] = ['de', 'en', 'uk'];

/** Button names in each UI language for the forms the scans fill in. */
const SUBMIT: Record<UiLanguage, { signIn: string; signUp: string; createWorkspace: string; createToken: string; forgot: string }> = {
  de: { signIn: 'Anmelden', signUp: 'Konto anlegen', createWorkspace: 'Arbeitsbereich anlegen', createToken: 'Token erstellen', forgot: 'Link anfordern' },
  en: { signIn: 'Sign in', signUp: 'Create account', createWorkspace: 'Create workspace', createToken: 'Create token', forgot: 'Send me a link' },
  uk: {
    signIn: 'Увійти',
    signUp: 'Створити обліковий запис',
    createWorkspace: 'Створити робочий простір',
    createToken: 'Створити токен',
    forgot: 'Надіслати посилання',
  },
};

interface Fixture {
  workspaceId: string;
  partnershipId: string;
  invitationPath: string;
}

/** A workspace with a changed partnership and an open link invitation, owned by the page's user. */
async function workspaceFixture(page: Page, language: UiLanguage): Promise<Fixture> {
  const send = sessionApi(page);
  const workspace = await send<{ id: string }>('POST', '/api/workspaces', { name: 'Peer-Learning Ukraine', description: 'Workshops mit Delegationen' });
  const demo = (await (await page.request.get(`/api/partnerships/${(await demoRecords(page.request)).gruenauPartnership}`)).json()) as {
    parties: { place: { id: string } | null }[];
  };
  const partnership = await send<{ id: string }>('POST', '/api/partnerships', {
    workspaceId: workspace.id,
    kind: 'project_partnership',
    title: { de: 'Resilienz in Kriegszeiten', en: 'Resilience in times of war', uk: 'Стійкість у часи війни' },
    parties: demo.parties.map((party) => ({ placeId: party.place!.id })),
  });
  await send('PATCH', `/api/partnerships/${partnership.id}`, { status: 'dormant', since: '2023-11-28' });
  const invitation = await send<{ link: string }>('POST', `/api/workspaces/${workspace.id}/invitations`, { role: 'guest', language });
  return { workspaceId: workspace.id, partnershipId: partnership.id, invitationPath: new URL(invitation.link).pathname };
}

async function scan(page: Page, path: string, language: UiLanguage): Promise<void> {
  await page.goto(path);
  await expectNoAxeViolations(page, path, language);
}

for (const language of LANGUAGES) {
  test(`the account, workspace and audit pages have no WCAG 2.1 AA violations (${language})`, async ({ page }) => {
    // Seven scans signed in, ten signed out.
    test.setTimeout(sweepTimeout(17));
    await chooseLanguage(page, language);
    const submit = SUBMIT[language];
    await signUp(page, { displayName: 'Halyna Tkachenko', language });
    const fixture = await workspaceFixture(page, language);

    await test.step('signed in', async () => {
      await scan(page, '/profile', language);
      await scan(page, `/workspaces/${fixture.workspaceId}`, language);
      await scan(page, `/workspaces/${fixture.workspaceId}/audit`, language);
      await scan(page, `/partnerships/${fixture.partnershipId}`, language);
      await expect(page.locator('.history__item')).toHaveCount(2);

      await page.goto('/workspaces');
      await page.getByRole('button', { name: submit.createWorkspace }).click();
      await expect(page.locator('.error-summary')).toBeFocused();
      await expectNoAxeViolations(page, '/workspaces with errors', language);

      await page.goto('/profile/tokens');
      await page.locator('#token-name').fill('Monitoring');
      await page.getByRole('button', { name: submit.createToken }).click();
      await expect(page.locator('.new-secret')).toBeFocused();
      await expectNoAxeViolations(page, '/profile/tokens with a new token', language);

      await page.locator('summary').click();
      await expect(page.locator('.account-menu__body')).toBeVisible();
      await expectNoAxeViolations(page, 'the account menu', language);
    });

    await page.context().clearCookies();

    await test.step('signed out', async () => {
      await scan(page, '/sign-in', language);
      await page.getByRole('button', { name: submit.signIn, exact: true }).click();
      await expect(page.locator('.error-summary')).toBeFocused();
      await expectNoAxeViolations(page, '/sign-in with errors', language);

      await scan(page, '/sign-up', language);
      await page.getByRole('button', { name: submit.signUp }).click();
      await expect(page.locator('.error-summary')).toBeFocused();
      await expectNoAxeViolations(page, '/sign-up with errors', language);

      await scan(page, fixture.invitationPath, language);
      await scan(page, `/sign-up?invitation=${fixture.invitationPath.split('/').at(-1)}`, language);

      await scan(page, '/forgot-password', language);
      await page.locator('#forgot-email').fill(`nobody-${language}@example.org`);
      await page.getByRole('button', { name: submit.forgot }).click();
      await expect(page.locator('.notice')).toBeVisible();
      await expectNoAxeViolations(page, '/forgot-password sent', language);

      await scan(page, '/reset-password/sdr_not-a-real-token-at-all', language);
      await page.goto('/verify-email/sdv_not-a-real-token-at-all');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page, '/verify-email with an unknown link', language);
    });
  });
}

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('sign-in with errors and a workspace page have no WCAG 2.1 AA violations (de, dark)', async ({ page }) => {
    test.setTimeout(sweepTimeout(4));
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await expectNoAxeViolations(page, '/sign-in with errors', 'de');

    await signUp(page, { displayName: 'Dmytro Lysenko' });
    const fixture = await workspaceFixture(page, 'de');
    await scan(page, `/workspaces/${fixture.workspaceId}`, 'de');
    await scan(page, `/workspaces/${fixture.workspaceId}/audit`, 'de');
    await scan(page, `/partnerships/${fixture.partnershipId}`, 'de');
  });
});
