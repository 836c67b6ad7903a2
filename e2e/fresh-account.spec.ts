import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, signUp, uniqueEmail } from './support/accounts.js';
import { chooseLanguage } from './support/chooseLanguage.js';
import { coordinatorWithWorkspace } from './support/knowledgeFixtures.js';

// What someone who has just signed up meets first, on a phone.
test.use({ viewport: { width: 390, height: 844 } });

const note = (page: Page) => page.getByRole('main').getByRole('note');

test('a signed-in user without a workspace learns on a record form that records belong to a workspace, and how to get one', async ({ page }) => {
  test.setTimeout(60_000);
  await chooseLanguage(page, 'de');
  await signUp(page, { displayName: 'Jana Richter' });
  for (const form of ['/exchanges/new', '/partnerships/new', '/organizations/new']) {
    await page.goto(form);
    await expect(note(page)).toContainText('Einträge gehören immer zu einem Arbeitsbereich');
    await expect(note(page)).toContainText('Sie gehören noch keinem Arbeitsbereich an.');
    await expect(note(page)).toContainText('um eine Einladung');
    await expect(note(page)).not.toContainText('melden Sie sich an');
  }
  await note(page).getByRole('link', { name: 'Eigenen Arbeitsbereich anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arbeitsbereiche');

  // In Ukrainian, the same.
  const ukrainian = await page.context().newPage();
  await chooseLanguage(ukrainian, 'uk');
  await ukrainian.goto('/exchanges/new');
  await expect(note(ukrainian)).toContainText('Записи завжди належать до робочого простору');
  await expect(note(ukrainian)).not.toContainText('увійдіть');
  await expect(note(ukrainian).getByRole('link', { name: 'Створити власний робочий простір' })).toHaveAttribute('href', '/workspaces');

  // Someone signed out is asked to sign in, and comes back to the form.
  const visitor = await page.context().browser()!.newPage();
  await visitor.goto('/exchanges/new');
  await expect(note(visitor)).toContainText('melden Sie sich an');
  await expect(note(visitor).getByRole('link', { name: 'Anmelden' })).toHaveAttribute('href', '/sign-in?next=%2Fexchanges%2Fnew');
  await visitor.close();
});

test('right after signing up, the profile says in the user\'s language that records need a workspace, and leads to creating one', async ({ page }) => {
  test.setTimeout(60_000);
  await chooseLanguage(page, 'uk');
  await page.goto('/sign-up');
  await page.locator('#sign-up-name').fill('Олена Коваленко');
  await page.locator('#sign-up-email').fill(uniqueEmail('fresh'));
  await page.locator('#sign-up-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Створити обліковий запис' }).click();
  await expect(page).toHaveURL(/\/profile$/);

  const whatNext = page.getByRole('note', { name: 'Що далі' });
  await expect(whatNext).toContainText('Ви ще не входите до жодного робочого простору.');
  await expect(whatNext).toContainText('надіслати вам запрошення');
  await whatNext.getByRole('link', { name: 'Створити власний робочий простір' }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.locator('#workspace-name').fill('Квартал Дарниця');
  await page.getByRole('button', { name: 'Створити робочий простір' }).click();
  await expect(page).toHaveURL(/\/workspaces\/[0-9a-f-]+$/);

  // A member of a workspace has found the way; the profile no longer says what to do next.
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Що далі' })).toHaveCount(0);
});

test('the review of a document names a theme by the words of the text, not by a word stem', async ({ page }) => {
  test.setTimeout(120_000);
  await chooseLanguage(page, 'de');
  await coordinatorWithWorkspace(page, 'Quartiersmanagement Grünau');
  await page.goto('/documents/new');
  await page
    .getByRole('textbox', { name: 'Text *', exact: true })
    .fill('Leipzig, 3. März 2025. Das Quartiersmanagement Grünau lud Fachleute aus Kiew-Darnyzja zu einem Rundgang ein. Beide Quartiersmanagements wollen ihre Beteiligungsformate vergleichen.');
  await page.getByRole('combobox', { name: 'Art des Dokuments' }).selectOption({ label: 'Meldung' });
  await page.getByRole('button', { name: 'Dokument hinzufügen' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]+\/review$/);

  const theme = page.locator('li.proposal').filter({ hasText: 'Wörter: Quartiersmanagement' });
  await expect(theme).toHaveCount(1);
  await expect(theme).toContainText('Wörter: Quartiersmanagement, Quartiersmanagements');
  await expect(page.getByRole('main')).not.toContainText(/quartiersmanage(?![a-zäöüß])/);
});

test('a visitor finds network meetings and exchanges ahead on the start page of the demo', async ({ page }) => {
  await chooseLanguage(page, 'de');
  await page.goto('/');
  const upcoming = page.getByRole('region', { name: 'Nächste Austausche' });
  await expect(upcoming.getByRole('link', { name: 'Quartalstreffen des Netzwerks in Freiberg' })).toBeVisible();
  await expect(upcoming.getByRole('link', { name: /^Online-Folgetreffen zur Projektplanung/ })).toBeVisible();
  await expect(upcoming).not.toContainText('kein Austausch');
});

test('the need form says the municipality is required and why, and names it among the other gaps at once', async ({ page }) => {
  test.setTimeout(60_000);
  await chooseLanguage(page, 'de');
  await coordinatorWithWorkspace(page, 'Stadterneuerung Grünau');
  await page.goto('/matching/new');
  const municipality = page.getByRole('combobox', { name: /^Kommune/ });
  await expect(municipality).toHaveAttribute('required', '');
  await expect(page.getByRole('main')).toContainText('Pflichtangabe: die Kommune, für die Sie suchen – meist Ihre eigene.');

  await page.getByRole('combobox', { name: /^Thema des Bedarfs/ }).selectOption({ label: 'Beteiligung' });
  await page.getByRole('group', { name: /^Beschreibung des Bedarfs/ }).getByLabel('Deutsch').fill('Beteiligung bei der kommunalen Wärmeplanung');
  await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'Nicht gespeichert' });
  await expect(problems).toContainText('Kommune');
  await expect(problems).toContainText('Art des Bedarfs');
  await expect(page.getByText('Wählen Sie die Kommune, für die Sie suchen.')).toBeVisible();
});

test('on a phone, the search shows its hits first and keeps the facets folded until asked for', async ({ page }) => {
  await chooseLanguage(page, 'de');
  await page.goto('/search?q=Gr%C3%BCnau');
  const facets = page.getByRole('complementary', { name: 'Eingrenzen' });
  const typeFacet = facets.getByRole('button', { name: /^Dokument/ });
  await expect(facets.getByText('Eingrenzen')).toBeVisible();
  await expect(typeFacet).toBeHidden();
  await expect(page.getByRole('region', { name: 'Ergebnisse' }).getByRole('link').first()).toBeInViewport();
  await facets.getByText('Eingrenzen').click();
  await expect(typeFacet).toBeVisible();
});

test('in Ukrainian, an exchange names its time zone as a name, not as "за … часом"', async ({ page }) => {
  await chooseLanguage(page, 'uk');
  await page.goto('/exchanges?kind=workshop');
  await page.getByRole('table').getByRole('link').first().click();
  const overview = page.getByRole('region', { name: 'Огляд' });
  await expect(overview).toContainText('центральноєвропейський час (Europe/Berlin)');
  await expect(overview).not.toContainText('за центральноєвропейським часом');
});
