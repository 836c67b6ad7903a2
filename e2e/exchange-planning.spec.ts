import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { signUp } from './support/accounts.js';
import { projectWorkshop } from './support/projectWorkshop.js';
import { sessionApi } from './support/sessionApi.js';

/** Chooses the first suggestion of an autocomplete after typing, with the keyboard. */
async function pick(page: Page, label: string, text: string, expected: string | RegExp) {
  const field = page.getByRole('combobox', { name: label });
  await field.pressSequentially(text, { delay: 20 });
  await expect(page.getByRole('listbox', { name: label }).getByRole('option').first()).toContainText(expected);
  await field.press('ArrowDown');
  await field.press('Enter');
}

test.describe('planning an exchange', () => {
  test('a partnership from the form, a visit with a German and English agenda, a delegation of three into two places, a cancellation that promotes the waiting person, and a calendar file', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signUp(page, { displayName: 'Katrin Albers' });
    const send = sessionApi(page);
    const workspace = await send<{ id: string }>('POST', '/api/workspaces', { name: 'Amt für Partnerschaften' });
    for (const [givenName, familyName] of [
      ['Oksana', 'Hrytsenko'],
      ['Petro', 'Danyliuk'],
      ['Iryna', 'Lozynska'],
    ]) {
      await send('POST', '/api/people', { workspaceId: workspace.id, givenName, familyName, consent: { basis: 'consent' } });
    }
    const heading = page.getByRole('heading', { level: 1 });

    await test.step('create a partnership through the form, finding the towns with the place picker', async () => {
      await page.goto('/partnerships');
      await page.getByRole('link', { name: 'Partnerschaft anlegen' }).click();
      await expect(heading).toHaveText('Neue Partnerschaft');
      await expect(page.getByRole('main').getByLabel('Arbeitsbereich')).toHaveValue(workspace.id);
      await page.getByLabel('Art *', { exact: true }).selectOption({ label: 'Projektpartnerschaft' });
      const title = page.getByRole('group', { name: /^Titel/ });
      await title.getByLabel('Deutsch').fill('Projektpartnerschaft Leipzig – Winnyzja');
      await title.getByLabel('Englisch').fill('Leipzig – Vinnytsia project partnership');
      await pick(page, 'Ort hinzufügen', 'Vinnytsia', 'Winnyzja');
      await pick(page, 'Ort hinzufügen', 'Leipzig', 'Leipzig');
      const parties = page.getByRole('list', { name: 'Gewählte Beteiligte' }).getByRole('listitem');
      await expect(parties).toHaveCount(2);
      await page.getByLabel('Besteht seit').fill('2024');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await expect(heading).toHaveText('Projektpartnerschaft Leipzig – Winnyzja');
      const overview = page.getByRole('region', { name: 'Überblick' });
      await expect(overview).toContainText('Winnyzja');
      await expect(overview).toContainText('Leipzig');
    });

    await test.step('plan a visit with a capacity of two', async () => {
      await page.getByRole('link', { name: 'Austausch planen' }).click();
      await expect(heading).toHaveText('Austausch planen');
      await expect(page.getByLabel('Art *', { exact: true })).toHaveValue('delegation_visit');
      const title = page.getByRole('group', { name: /^Titel/ });
      await title.getByLabel('Deutsch').fill('Arbeitsbesuch aus Winnyzja');
      await title.getByLabel('Englisch').fill('Working visit from Vinnytsia');
      await page.getByLabel('Erster Tag').fill('2031-05-12');
      await page.getByLabel('Letzter Tag').fill('2031-05-14');
      await pick(page, 'Ort', 'Leipzig', 'Leipzig');
      await page.getByLabel('Plätze').fill('2');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await expect(heading).toHaveText('Arbeitsbesuch aus Winnyzja');
      await expect(page.getByRole('region', { name: 'Überblick' })).toContainText('12.–14. Mai 2031');
    });

    await test.step('write the agenda in German and English', async () => {
      const agenda = page.getByRole('region', { name: 'Programm' });
      await agenda.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
      const form = page.getByRole('form', { name: 'Neuer Programmpunkt' });
      await form.getByLabel('Beginn').fill('09:30');
      await form.getByLabel('Ende').fill('11:00');
      await form.getByLabel('Art').selectOption({ label: 'Empfang' });
      const title = form.getByRole('group', { name: /^Titel/ });
      await title.getByLabel('Deutsch').fill('Begrüßung im Rathaus');
      await title.getByLabel('Englisch').fill('Welcome at the town hall');
      await form.getByRole('button', { name: 'Speichern' }).click();
      await expect(agenda.getByRole('heading', { level: 4 })).toHaveText(['Begrüßung im Rathaus']);
      await expect(agenda.getByRole('heading', { level: 3 })).toHaveText(['Montag, 12. Mai 2031']);
      await expect(agenda.locator('.agenda__time')).toHaveText('09:30–11:00');

      await agenda.getByLabel('Programm lesen auf').selectOption({ label: 'English' });
      await expect(agenda.getByRole('heading', { level: 4 })).toHaveText(['Welcome at the town hall']);
      await expect(agenda.getByRole('heading', { level: 4 }).locator('span[lang="en"]')).toHaveCount(1);
    });

    await test.step('add a delegation from Vinnytsia and register its three members into two places', async () => {
      const delegations = page.getByRole('region', { name: 'Delegationen' });
      await delegations.getByRole('button', { name: 'Delegation hinzufügen' }).click();
      await pick(page, 'Aus dem Ort', 'Winnyzja', 'Winnyzja');
      await page.getByRole('form', { name: 'Neue Delegation' }).getByLabel('Verwaltung').check();
      await page.getByRole('form', { name: 'Neue Delegation' }).getByLabel('Personen').fill('3');
      await page.getByRole('form', { name: 'Neue Delegation' }).getByRole('button', { name: 'Speichern' }).click();
      await expect(delegations.locator('tbody tr')).toHaveCount(1);

      const form = page.getByRole('form', { name: 'Personen anmelden' });
      await form.getByLabel('Delegation').selectOption({ label: 'Winnyzja' });
      for (const name of ['Hrytsenko', 'Danyliuk', 'Lozynska']) await pick(page, 'Person hinzufügen', name, name);
      await expect(form.getByRole('list', { name: 'Gewählte Personen' }).getByRole('listitem')).toHaveCount(3);
      await form.getByRole('button', { name: '3 Personen anmelden' }).click();
      await expect(form.getByRole('status').filter({ hasText: 'bearbeitet' })).toContainText('2 angemeldet · 1 auf der Warteliste');

      const participants = page.getByRole('region', { name: 'Teilnehmende' });
      await expect(participants.locator('.participation')).toContainText('2 von 2 Plätzen vergeben, 0 frei. 1 Person auf der Warteliste.');
      const table = page.getByRole('table', { name: 'Anmeldungen in der Reihenfolge ihres Eingangs' });
      const state = (name: string) => table.getByRole('row').filter({ hasText: name }).locator('td').nth(2);
      await expect(state('Oksana Hrytsenko')).toHaveText('Angemeldet');
      await expect(state('Petro Danyliuk')).toHaveText('Angemeldet');
      await expect(state('Iryna Lozynska')).toHaveText('Warteliste');
      await expect(table.getByRole('row').filter({ hasText: 'Iryna Lozynska' }).locator('td').nth(1)).toHaveText('Ukraine');
    });

    await test.step('cancel one registration: the waiting person moves up', async () => {
      const table = page.getByRole('table', { name: 'Anmeldungen in der Reihenfolge ihres Eingangs' });
      const state = (name: string) => table.getByRole('row').filter({ hasText: name }).locator('td').nth(2);
      await table.getByRole('button', { name: 'Absagen: Oksana Hrytsenko' }).click();
      await expect(state('Oksana Hrytsenko')).toHaveText('Abgesagt');
      await expect(state('Iryna Lozynska')).toHaveText('Angemeldet');
      await expect(page.getByRole('region', { name: 'Teilnehmende' }).locator('.participation')).toContainText('2 von 2 Plätzen vergeben, 0 frei.');
      await expect(page.getByRole('region', { name: 'Teilnehmende' }).locator('.participation')).not.toContainText('Warteliste');
    });

    await test.step('download the calendar file: a valid iCalendar with the visit and its timed session', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Kalenderdatei (.ics)' }).click()]);
      expect(download.suggestedFilename()).toBe('Arbeitsbesuch-aus-Winnyzja-2031-05-12.ics');
      const text = readFileSync((await download.path())!, 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      expect(events.map((event) => event.summary)).toEqual(['Arbeitsbesuch aus Winnyzja', 'Begrüßung im Rathaus – Arbeitsbesuch aus Winnyzja']);
      expect(events[0]!.startDate.toString()).toBe('2031-05-12');
      expect(events[0]!.endDate.toString()).toBe('2031-05-15');
      // 09:30 in Leipzig in May (UTC+2) is 07:30 UTC.
      expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2031-05-12T07:30:00.000Z');
      expect(events[0]!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    });

    await test.step('print the participant list', async () => {
      await page.getByRole('link', { name: 'Liste zum Drucken' }).click();
      const table = page.getByRole('table', { name: '2 Personen, nach Delegation und Namen' });
      await expect(table.locator('tbody th')).toHaveText(['Danyliuk, Petro', 'Lozynska, Iryna']);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
    });
  });

  test('a new session asks for its kind, then starts from the kind most sessions have; a task without its owner is marked at the field', async ({ page }) => {
    await signUp(page, { displayName: 'Hanna Lorenz' });
    const { exchange } = await projectWorkshop(page);
    await page.goto(`/exchanges/${exchange.id}`);
    const agenda = page.getByRole('region', { name: 'Programm' });
    const form = page.getByRole('form', { name: 'Neuer Programmpunkt' });
    const kind = form.getByRole('combobox', { name: /^Art/ });

    await agenda.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
    await expect(kind.locator('option:checked')).toHaveText('Bitte wählen');
    await form.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Cluster für die lokale Wirtschaft');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Nicht gespeichert' })).toContainText('Bitte prüfen Sie die markierten Felder.');
    await expect(kind).toHaveAttribute('aria-invalid', 'true');
    await kind.selectOption({ label: 'Diskussion' });
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect(form).toHaveCount(0);
    // Opening the form puts the focus in its first field, cancelling it back on the button.
    const addSession = agenda.getByRole('button', { name: 'Programmpunkt hinzufügen' });
    await addSession.click();
    await expect(form.getByLabel('Tag')).toBeFocused();
    await expect(kind.locator('option:checked')).toHaveText('Diskussion');
    await form.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(addSession).toBeFocused();

    await page.getByRole('button', { name: 'Ergebnis festhalten' }).click();
    const outcome = page.getByRole('form', { name: 'Neues Ergebnis' });
    await expect(outcome.getByLabel('Art')).toBeFocused();
    // A new outcome starts as an idea, which saves without a responsible person a new account may not have yet.
    await expect(outcome.getByLabel('Art').locator('option:checked')).toHaveText('Idee');
    await outcome.getByLabel('Art').selectOption({ label: 'Aufgabe' });
    await expect(outcome.getByText('Wer noch nicht im Verzeichnis steht, legen Sie zuerst unter „Personen“ an.', { exact: false })).toBeVisible();
    await outcome.getByRole('group', { name: /^Was festgehalten wird/ }).getByLabel('Deutsch').fill('Kontakt zu den Stadtwerken herstellen');
    await outcome.getByRole('button', { name: 'Speichern' }).click();
    // The summary points to the marked field instead of repeating its message without saying which field it is.
    await expect(outcome.getByRole('alert').filter({ hasText: 'Nicht gespeichert' })).toHaveText(/Bitte prüfen Sie die markierten Felder\.$/);
    await expect(outcome.getByRole('combobox', { name: /^Zuständige Person/ })).toHaveAttribute('aria-invalid', 'true');
  });

  test('an edit heading quoting a title that carries its own quotation marks uses the inner marks of the language', async ({ page }) => {
    await signUp(page, { displayName: 'Petra Sommer' });
    const { exchange } = await projectWorkshop(page, {
      title: { de: 'Sanierung „Alte Schule“', uk: 'Ремонт «Стара школа»' },
      startDate: '2031-06-03',
      endDate: '2031-06-03',
    });
    await page.goto(`/exchanges/${exchange.id}/edit`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('„Sanierung ‚Alte Schule‘“ bearbeiten');
    await page.getByRole('button', { name: 'Українська' }).click();
    await expect(heading).toHaveText('Редагувати «Ремонт „Стара школа“»');
  });

  test('an exchange entered after it took place starts as completed, one ahead as planned, and a status chosen stays', async ({ page }) => {
    await signUp(page, { displayName: 'Hanna Lorenz' });
    await sessionApi(page)('POST', '/api/workspaces', { name: 'Programmbüro Wiederaufbau' });
    await page.goto('/exchanges/new');
    const status = page.getByLabel('Status', { exact: true });
    await expect(status.locator('option:checked')).toHaveText('Geplant');
    await page.getByLabel('Erster Tag').fill('2023-11-28');
    await expect(status.locator('option:checked')).toHaveText('Abgeschlossen');
    await page.getByLabel('Letzter Tag').fill(`${new Date().getFullYear() + 1}-11-29`);
    await expect(status.locator('option:checked')).toHaveText('Geplant');
    await status.selectOption({ label: 'Bestätigt' });
    await page.getByLabel('Letzter Tag').fill('2023-11-29');
    await expect(status.locator('option:checked')).toHaveText('Bestätigt');
  });

  test('the dashboard reaches into next year by default, where visits are already planned', async ({ page }) => {
    await page.goto('/dashboard');
    const nextYear = new Date().getFullYear() + 1;
    await expect(page.getByLabel('Bis Jahr')).toHaveValue(String(nextYear));
    await expect(page.getByRole('figure', { name: 'Austausche pro Jahr' }).getByRole('img')).toHaveAttribute('aria-label', new RegExp(`bis ${nextYear}`));
  });

  test('an invited person confirms through the link without an account and learns they wait for a place', async ({ page, browser }) => {
    await signUp(page, { displayName: 'Jonas Weber' });
    const send = sessionApi(page);
    const workspace = await send<{ id: string }>('POST', '/api/workspaces', { name: 'Netzwerkbüro' });
    const exchange = await send<{ id: string }>('POST', '/api/exchanges', {
      workspaceId: workspace.id,
      kind: 'workshop',
      title: { de: 'Werkstatt Energie', en: 'Energy workshop', uk: 'Практикум з енергетики' },
      startDate: '2031-06-03',
      endDate: '2031-06-03',
      capacity: 1,
    });
    const person = await send<{ id: string }>('POST', '/api/people', { workspaceId: workspace.id, givenName: 'Svitlana', familyName: 'Moroz', consent: { basis: 'consent' } });
    const holder = await send<{ id: string }>('POST', '/api/people', { workspaceId: workspace.id, givenName: 'Anton', familyName: 'Keller', consent: { basis: 'consent' } });
    await send('POST', `/api/exchanges/${exchange.id}/registrations`, { personIds: [holder.id] });
    const invited = await send<{ invitations: { url: string }[] }>('POST', `/api/exchanges/${exchange.id}/registrations`, { personIds: [person.id], invite: true });

    const guest = await browser.newPage();
    await guest.addInitScript(`window.localStorage.setItem('stadtdialog.language', 'uk');`);
    await guest.goto(new URL(invited.invitations[0]!.url).pathname);
    await expect(guest.getByRole('heading', { level: 1 })).toHaveText('Практикум з енергетики');
    await expect(guest.getByText('Добрий день, Svitlana Moroz! Вас запрошено:')).toBeVisible();
    await guest.getByRole('button', { name: 'Я візьму участь' }).click();
    await expect(guest.getByRole('status').filter({ hasText: 'списку очікування' })).toBeVisible();
    await guest.close();

    await page.goto(`/exchanges/${exchange.id}`);
    const table = page.getByRole('table', { name: 'Anmeldungen in der Reihenfolge ihres Eingangs' });
    await expect(table.getByRole('row').filter({ hasText: 'Svitlana Moroz' }).locator('td').nth(2)).toHaveText('Warteliste');
    await table.getByRole('button', { name: 'Absagen: Anton Keller' }).click();
    await expect(table.getByRole('row').filter({ hasText: 'Svitlana Moroz' }).locator('td').nth(2)).toHaveText('Bestätigt');
  });

  test('the rotation proposes the next host of the Saxon network, and the dashboard draws its figures with tables', async ({ page }) => {
    await page.goto('/networks');
    await page.getByRole('link', { name: /LAG Sachsen/ }).click();
    const rotation = page.getByRole('region', { name: 'Gastgeber im Wechsel' });
    await rotation.getByLabel('Datum des Treffens').fill('2019-01-24');
    // Riesa, who never hosted, cannot come that day; Freiberg and Pirna are down for the demo's next
    // meetings, so the member who hosted longest ago is due.
    await expect(rotation.getByRole('status')).toContainText('Vorschlag für 24. Januar 2019: Leipzig.');
    const rows = rotation.getByRole('table').locator('tbody tr');
    await expect(rows.filter({ hasText: 'Riesa' })).toContainText('an dem Tag verhindert');
    await expect(rows.nth(-3)).toContainText('Bautzen');
    await expect(rows.last()).toContainText('Freiberg');

    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Auswertung' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auswertung');
    await page.getByLabel('Von Jahr').fill('2015');
    await page.getByLabel('Bis Jahr').fill('2023');
    const perYear = page.getByRole('figure', { name: 'Austausche pro Jahr' });
    await expect(perYear.getByRole('img')).toHaveAttribute('aria-label', /Austausche von 2015 bis 2023, die meisten 2018/);
    await perYear.getByText('Zahlen als Tabelle').click();
    await expect(perYear.getByRole('row').filter({ hasText: '2015' }).locator('td').last()).toHaveText('2');
    const countries = page.getByRole('figure', { name: 'Teilnehmende nach Land' });
    await countries.getByText('Zahlen als Tabelle').click();
    await expect(countries.getByRole('row').filter({ hasText: 'Ukraine' })).toBeVisible();
  });

  test('the map draws the partnerships as lines on the offline base map, and lists them as text', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) outside.push(request.url());
    });
    await page.goto('/partnerships');
    await page.getByRole('link', { name: 'Karte der Partnerschaften' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Karte der Partnerschaften');
    await expect(page.locator('path.partnership-map__line')).toHaveCount(2);
    await expect(page.locator('path.place-map__country').first()).toBeAttached();
    const list = page.getByRole('region', { name: 'Partnerschaften auf der Karte' });
    await expect(list.getByRole('listitem').filter({ hasText: 'Städtepartnerschaft Leipzig – Kiew' })).toContainText('Leipzig – Kiew');
    expect(outside).toEqual([]);
  });
});
