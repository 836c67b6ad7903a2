import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { signUp } from './support/accounts.js';
import { chooseLanguage, type UiLanguage } from './support/chooseLanguage.js';
import { demoRecords } from './support/demoRecords.js';
import { expectNoAxeViolations, WCAG_22_AA } from './support/expectNoAxeViolations.js';
import { projectWorkshop } from './support/projectWorkshop.js';
import { sessionApi } from './support/sessionApi.js';

/** The texts the web app shows, read from its own translation files. */
type Texts = {
  app: { menu: string };
  forms: { save: string };
  agenda: { add: string; createTitle: string; day: string; kind: string; titleInLanguages: string };
  history: { title: string };
  common: { exportCsv: string };
  checkIn: { open: string; title: string; search: string; delegationFilter: string; undo: string };
  participants: { title: string; checkIn: string };
};
const textsOf = (language: UiLanguage) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../web/src/i18n/${language}.json`), 'utf8')) as Texts;

/** What the reader must never see: record ids, field paths, enum codes, English sentences. */
const INTERNALS: [what: string, pattern: RegExp][] = [
  ['a record id', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i],
  ['a field path', /\b(body|query|params|path)\.[a-zA-Z]/],
  ['an enum code', /\b[a-z]+_[a-z_]+\b|\b(invited|registered|waitlisted|confirmed|attended|cancelled|workshop|planned)\b/],
  ['an English sentence', /\b(the|must|should|please|invalid|required|is|are|of|and|with)\b/i],
];

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1366, height: 900 } },
] as const;

/** The CSV's first line in each language, as a German or Ukrainian spreadsheet should open it. */
const CSV_HEADERS: Record<'de' | 'uk', string[]> = {
  de: ['Nachname', 'Vorname', 'Organisation', 'Art der Organisation', 'Land', 'Delegation', 'Status', 'Angemeldet am', 'Bestätigt am', 'Eingecheckt am', 'E-Mail', 'Notiz'],
  uk: ['Прізвище', 'Імʼя', 'Організація', 'Тип організації', 'Країна'],
};

async function expectNothingInternal(page: Page, screen: string) {
  const shown = await page.locator('body').innerText();
  for (const [what, pattern] of INTERNALS) expect(shown, `${screen} shows ${what}: ${shown.match(pattern)?.[0]}`).not.toMatch(pattern);
}

async function look(page: Page, testInfo: TestInfo, screen: string, language: UiLanguage) {
  await expect(page.locator('.kern-loader')).toHaveCount(0);
  await expectNothingInternal(page, screen);
  const file = testInfo.outputPath(`${screen.replaceAll(' ', '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(screen, { path: file, contentType: 'image/png' });
  await expectNoAxeViolations(page, screen, language, WCAG_22_AA);
}

/** A workshop with two delegations of two people each, whose capacity was changed once (its history). */
async function fixture(page: Page) {
  const send = sessionApi(page);
  const demo = await demoRecords(page.request);
  const parties = ((await (await page.request.get(`/api/partnerships/${demo.gruenauPartnership}`)).json()) as { parties: { place: { id: string } }[] }).parties;
  const { workspace, exchange } = await projectWorkshop(page, { capacity: 30 });
  await send('PATCH', `/api/exchanges/${exchange.id}`, { capacity: 40 });
  const people = async (names: [string, string][]) => {
    const ids: string[] = [];
    for (const [givenName, familyName] of names) ids.push((await send<{ id: string }>('POST', '/api/people', { workspaceId: workspace.id, givenName, familyName, consent: { basis: 'consent' } })).id);
    return ids;
  };
  const kyiv = await send<{ id: string }>('POST', `/api/exchanges/${exchange.id}/delegations`, { fromPlaceId: demo.kyiv });
  const leipzig = await send<{ id: string }>('POST', `/api/exchanges/${exchange.id}/delegations`, { fromPlaceId: parties[0]!.place.id });
  await send('POST', `/api/exchanges/${exchange.id}/registrations`, { personIds: await people([['Maryna', 'Kostenko'], ['Dmytro', 'Shevchuk']]), delegationId: kyiv.id });
  await send('POST', `/api/exchanges/${exchange.id}/registrations`, { personIds: await people([['Katrin', 'Albers'], ['Jens', 'Wagner']]), delegationId: leipzig.id });
  return { exchangeId: exchange.id };
}

for (const language of ['de', 'uk'] as const) {
  for (const size of SIZES) {
    test.describe(`${language}, ${size.name} ${size.viewport.width}×${size.viewport.height}`, () => {
      test.use({ viewport: size.viewport });

      test(`history, a refused form, the participant export and the check-in speak ${language === 'de' ? 'German' : 'Ukrainian'} (${size.name})`, async ({ page }, testInfo) => {
        test.setTimeout(120_000);
        const texts = textsOf(language);
        await chooseLanguage(page, language);
        await signUp(page, { displayName: 'Katrin Albers', language });
        const { exchangeId } = await fixture(page);

        await test.step('the header stays small and the navigation in one place', async () => {
          await page.goto(`/exchanges/${exchangeId}`);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          const navigation = page.getByRole('navigation', { name: /.+/ }).filter({ has: page.locator('.main-nav__list') });
          const header = await page.locator('.site-header').boundingBox();
          if (size.name === 'phone') {
            expect(header!.height, 'header height on a phone').toBeLessThanOrEqual(120);
            await expect(navigation).toBeHidden();
            const menu = page.getByRole('button', { name: texts.app.menu });
            await menu.click();
            await expect(navigation).toBeVisible();
            const file = testInfo.outputPath('menu-open.png');
            await page.screenshot({ path: file });
            await testInfo.attach('menu open', { path: file, contentType: 'image/png' });
            await page.keyboard.press('Escape');
            await expect(navigation).toBeHidden();
            await expect(menu).toBeFocused();
          } else {
            const tops = await navigation.locator('.main-nav__link').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
            expect(new Set(tops).size, 'the navigation fits one line').toBe(1);
          }
        });

        await test.step('the history of the exchange reads as sentences', async () => {
          const history = page.getByRole('region', { name: texts.history.title });
          await expect(history.getByRole('listitem').first()).toBeVisible();
          await expect(history).toContainText('40');
          await look(page, testInfo, 'exchange with history', language);
        });

        await test.step('a session outside the exchange is refused at its field', async () => {
          await page.getByRole('button', { name: texts.agenda.add }).click();
          const form = page.getByRole('form', { name: texts.agenda.createTitle });
          const day = form.getByRole('textbox', { name: texts.agenda.day });
          await day.fill('2031-05-16');
          await form.getByRole('combobox', { name: new RegExp(`^${texts.agenda.kind}`) }).selectOption({ index: 1 });
          await form.getByRole('group', { name: new RegExp(`^${texts.agenda.titleInLanguages}`) }).getByRole('textbox').first().fill(language === 'de' ? 'Abschlussrunde' : 'Підсумкова зустріч');
          await form.getByRole('button', { name: texts.forms.save }).click();
          const dayId = await day.getAttribute('id');
          await expect(form.locator(`[id="${dayId}-error"]`)).toContainText('2031');
          await form.scrollIntoViewIfNeeded();
          await look(page, testInfo, 'refused session', language);
        });

        await test.step('the participant list exports with headers and states in the language', async () => {
          const participants = page.getByRole('region', { name: texts.participants.title });
          const [download] = await Promise.all([page.waitForEvent('download'), participants.getByRole('link', { name: texts.common.exportCsv }).click()]);
          expect(download.suggestedFilename()).toMatch(/\.csv$/);
          const csv = readFileSync((await download.path())!, 'utf8');
          expect(csv.charCodeAt(0), 'a byte order mark for spreadsheets').toBe(0xfeff);
          const [head, ...rows] = csv.slice(1).trim().split(/\r?\n/);
          const columns = head!.split(';');
          expect(columns.slice(0, CSV_HEADERS[language].length)).toEqual(CSV_HEADERS[language]);
          expect(rows).toHaveLength(4);
          for (const [what, pattern] of INTERNALS.slice(0, 3)) expect(csv, `the export holds ${what}`).not.toMatch(pattern);
        });

        await test.step('check-in: find by name and delegation, check in, undo', async () => {
          await page.getByRole('link', { name: texts.checkIn.open }).click();
          await expect(page.getByRole('heading', { level: 1, name: texts.checkIn.title })).toBeVisible();
          const status = page.getByRole('status').filter({ has: page.locator('.check-in-counts__total') });
          const total = status.locator('.check-in-counts__total');
          await expect(total).toContainText(/0\D+4/);
          await page.getByRole('searchbox', { name: texts.checkIn.search }).fill('kost');
          const list = page.locator('.check-in__list');
          await expect(list.getByRole('listitem')).toHaveCount(1);
          await list.getByRole('button', { name: /Maryna Kostenko/ }).click();
          await expect(total).toContainText(/1\D+4/);
          await expect(status.getByRole('listitem').filter({ hasText: /Kiew|Київ/ })).toContainText(/1\D+2/);
          const undo = list.getByRole('button', { name: /Maryna Kostenko/ });
          await expect(undo).toHaveText(texts.checkIn.undo);
          await look(page, testInfo, 'check-in after one arrival', language);
          await undo.click();
          await expect(total).toContainText(/0\D+4/);
          await page.getByRole('searchbox', { name: texts.checkIn.search }).fill('');
          await page.getByRole('combobox', { name: texts.checkIn.delegationFilter }).selectOption({ index: 2 });
          await expect(list.getByRole('listitem')).toHaveCount(2);
          const buttons = await list.getByRole('button').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height));
          for (const height of buttons) expect(height, 'touch target height').toBeGreaterThanOrEqual(44);
          // The arrival is recorded, not only shown: after a reload it is still undone.
          await page.reload();
          await expect(total).toContainText(/0\D+4/);
        });
      });
    });
  }
}
