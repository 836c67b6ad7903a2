import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signUp } from './support/accounts.js';
import { chooseLanguage, type UiLanguage } from './support/chooseLanguage.js';
import { projectWorkshop } from './support/projectWorkshop.js';

type Texts = { forms: { save: string }; agenda: { add: string; createTitle: string; day: string; kind: string; titleInLanguages: string } };
const textsOf = (language: UiLanguage) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../web/src/i18n/${language}.json`), 'utf8')) as Texts;

/** What the API would say in English, and the paths it names fields by: none of it may reach the screen. */
const SERVER_WORDING = [/must lie within/i, /body\.day/, /date_outside_exchange/, /validation_error/, /The request is invalid/];

const CASES: { language: UiLanguage; expected: string }[] = [
  { language: 'de', expected: 'Der Tag muss innerhalb des Austauschs liegen, vom 12. Mai 2031 bis 14. Mai 2031.' },
  { language: 'uk', expected: 'День має бути в межах обміну, з 12 травня 2031 р. до 14 травня 2031 р.' },
];

for (const { language, expected } of CASES) {
  test(`an agenda session on a day outside the exchange is refused at the day field, in ${language === 'de' ? 'German' : 'Ukrainian'}`, async ({ page }) => {
    await chooseLanguage(page, language);
    await signUp(page, { displayName: 'Katrin Albers', language });
    const { exchange } = await projectWorkshop(page);
    const texts = textsOf(language);

    await page.goto(`/exchanges/${exchange.id}`);
    await page.getByRole('button', { name: texts.agenda.add }).click();
    const form = page.getByRole('form', { name: texts.agenda.createTitle });
    const day = form.getByRole('textbox', { name: texts.agenda.day });
    await day.fill('2031-05-16');
    await form.getByRole('combobox', { name: new RegExp(`^${texts.agenda.kind}`) }).selectOption({ index: 1 });
    const title = form.getByRole('group', { name: new RegExp(`^${texts.agenda.titleInLanguages}`) });
    await title.getByRole('textbox').first().fill(language === 'de' ? 'Abschlussrunde' : 'Підсумкова зустріч');
    await form.getByRole('button', { name: texts.forms.save }).click();

    const dayId = await day.getAttribute('id');
    await expect(form.locator(`[id="${dayId}-error"]`)).toHaveText(expected);
    await expect(day).toHaveAttribute('aria-describedby', `${dayId}-error`);
    const shown = await page.getByRole('main').innerText();
    for (const wording of SERVER_WORDING) expect(shown).not.toMatch(wording);
  });
}
