import { expect, test, type Page } from '@playwright/test';
import { signUp } from './support/accounts.js';
import { chooseLanguage, type UiLanguage } from './support/chooseLanguage.js';
import { demoRecords } from './support/demoRecords.js';
import { expectNoAxeViolations, sweepTimeout } from './support/expectNoAxeViolations.js';
import { sessionApi } from './support/sessionApi.js';

const LANGUAGES: UiLanguage[] = ['de', 'en', 'uk'];

/** Buttons that open the forms the scans look at too, in each UI language. */
const OPEN: Record<UiLanguage, { session: string; outcome: string; group: string; delegation: string }> = {
  de: { session: 'Programmpunkt hinzufügen', outcome: 'Ergebnis festhalten', group: 'Projektgruppe hinzufügen', delegation: 'Delegation hinzufügen' },
  en: { session: 'Add a session', outcome: 'Record an outcome', group: 'Add a project group', delegation: 'Add a delegation' },
  uk: { session: 'Додати пункт програми', outcome: 'Зафіксувати результат', group: 'Додати проєктну групу', delegation: 'Додати делегацію' },
};

interface Fixture {
  partnershipId: string;
  exchangeId: string;
  invitationPath: string;
}

/** A partnership and a planned workshop with agenda, participants, an outcome and an open invitation, owned by the page's user. */
async function fixture(page: Page): Promise<Fixture> {
  const send = sessionApi(page);
  const workspace = await send<{ id: string }>('POST', '/api/workspaces', { name: 'Partnerschaftsbüro' });
  const demo = await demoRecords(page.request);
  const parties = ((await (await page.request.get(`/api/partnerships/${demo.gruenauPartnership}`)).json()) as { parties: { place: { id: string } }[] }).parties;
  const partnership = await send<{ id: string }>('POST', '/api/partnerships', {
    workspaceId: workspace.id,
    kind: 'district_partnership',
    title: { de: 'Schulen im Quartier', en: 'Schools in the neighbourhood', uk: 'Школи в громаді' },
    parties: parties.map((party) => ({ placeId: party.place.id })),
  });
  const exchange = await send<{ id: string }>('POST', '/api/exchanges', {
    workspaceId: workspace.id,
    kind: 'delegation_visit',
    partnershipId: partnership.id,
    title: { de: 'Besuch der Schulen', en: 'Visiting the schools', uk: 'Візит до шкіл' },
    startDate: '2031-09-08',
    endDate: '2031-09-10',
    capacity: 2,
    venuePlaceId: parties[0]!.place.id,
  });
  await send('POST', `/api/exchanges/${exchange.id}/sessions`, {
    day: '2031-09-08',
    startsAt: '10:00',
    endsAt: '12:00',
    kind: 'site_visit',
    title: { de: 'Schulbesuch', en: 'School visit', uk: 'Відвідування школи' },
  });
  const people: string[] = [];
  for (const [givenName, familyName] of [
    ['Maryna', 'Kostenko'],
    ['Dmytro', 'Shevchuk'],
    ['Olha', 'Bondarenko'],
  ]) {
    people.push((await send<{ id: string }>('POST', '/api/people', { workspaceId: workspace.id, givenName, familyName, consent: { basis: 'consent' } })).id);
  }
  await send('POST', `/api/exchanges/${exchange.id}/registrations`, { personIds: people.slice(0, 2) });
  const invited = await send<{ invitations: { url: string }[] }>('POST', `/api/exchanges/${exchange.id}/registrations`, { personIds: [people[2]], invite: true });
  await send('POST', `/api/exchanges/${exchange.id}/outcomes`, { kind: 'task', text: { de: 'Schulpartnerschaft vorbereiten' }, ownerPersonId: people[0], dueOn: '2031-12-01' });
  return { partnershipId: partnership.id, exchangeId: exchange.id, invitationPath: new URL(invited.invitations[0]!.url).pathname };
}

async function scan(page: Page, path: string, language: UiLanguage, open?: string): Promise<void> {
  await page.goto(path);
  if (open) {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: open }).click();
  }
  await expectNoAxeViolations(page, `${path}${open ? ` (${open})` : ''}`, language);
}

for (const language of LANGUAGES) {
  test(`the pages for planning exchanges have no WCAG 2.1 AA violations (${language})`, async ({ page }) => {
    test.setTimeout(sweepTimeout(17));
    await chooseLanguage(page, language);
    await signUp(page, { displayName: 'Oleksii Tkachuk', language });
    const ids = await fixture(page);
    const demo = await demoRecords(page.request);
    const open = OPEN[language];
    const pages: [path: string, open?: string][] = [
      ['/partnerships/new'],
      [`/partnerships/${ids.partnershipId}/edit`],
      [`/partnerships/${ids.partnershipId}`, open.group],
      [`/partnerships/${demo.gruenauPartnership}`],
      ['/partnerships/map'],
      ['/exchanges/new'],
      [`/exchanges/${ids.exchangeId}/edit`],
      [`/exchanges/${ids.exchangeId}`],
      [`/exchanges/${ids.exchangeId}`, open.session],
      [`/exchanges/${ids.exchangeId}`, open.outcome],
      [`/exchanges/${ids.exchangeId}`, open.delegation],
      [`/exchanges/${ids.exchangeId}/participants/print`],
      [`/exchanges/${demo.munichWorkshop}`],
      [`/networks/${demo.saxonNetwork}`],
      ['/dashboard'],
      ['/profile'],
      [ids.invitationPath],
    ];
    for (const [path, opener] of pages) {
      await test.step(`${path}${opener ? ` + ${opener}` : ''}`, () => scan(page, path, language, opener));
    }
  });
}

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the exchange, dashboard and map pages have no WCAG 2.1 AA violations (de, dark)', async ({ page }) => {
    test.setTimeout(sweepTimeout(4));
    await signUp(page, { displayName: 'Oleksii Tkachuk' });
    const ids = await fixture(page);
    for (const path of [`/exchanges/${ids.exchangeId}`, '/dashboard', '/partnerships/map', `/partnerships/${ids.partnershipId}`]) {
      await test.step(path, () => scan(page, path, 'de'));
    }
  });
});
