import { expect, test } from '@playwright/test';
import { signUp } from './support/accounts.js';
import { chooseLanguage } from './support/chooseLanguage.js';
import { demoRecords } from './support/demoRecords.js';
import { pdfOf } from '../test/support/test-pdf.js';
import { coordinatorWithWorkspace, createDocument, proposalTitled, WORKSHOP_REPORT } from './support/knowledgeFixtures.js';
import { sessionApi } from './support/sessionApi.js';

const VINNYTSIA = /Winnyzja|Vinnytsia|Вінниця/;

test.beforeEach(async ({ page }) => {
  await chooseLanguage(page, 'de');
});

test('a pasted report becomes proposals; accepted ones link records to the document without duplicates', async ({ page }) => {
  test.setTimeout(120_000);
  await coordinatorWithWorkspace(page);

  await page.goto('/documents');
  await page.getByRole('link', { name: 'Dokument hinzufügen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dokument hinzufügen');
  await expect(page.getByRole('checkbox', { name: 'Im Text gefundene Einträge zur Prüfung vorschlagen' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Text *', exact: true }).fill(WORKSHOP_REPORT);
  await page.getByRole('combobox', { name: 'Art des Dokuments' }).selectOption({ label: 'Meldung' });
  await page.getByLabel('Veröffentlicht am').fill('2023-12-05');
  await page.getByRole('button', { name: 'Dokument hinzufügen' }).click();

  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]+\/review$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfung: Krisenfeste Versorgung: Planungswerkstatt mit ukrainischen Partnerkommunen in München');
  const towns = page.getByRole('region', { name: /^Kommunen/ });
  await expect(towns.getByRole('heading', { level: 3, name: /^Winnyzja/ })).toBeVisible();
  await expect(towns.getByRole('heading', { level: 3, name: /^Sumy/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Organisationen/ })).toContainText('Stadtwerke Gersthofen');
  await expect(page.getByRole('region', { name: /^Partnerschaften/ })).toContainText('seit 1961');
  await expect(page.getByRole('region', { name: /^Förderprogramme/ })).toBeVisible();

  // The sentence each proposal came from, the words found marked.
  const vinnytsia = proposalTitled(page, /^Winnyzja/);
  await expect(vinnytsia.locator('blockquote mark').first()).toHaveText('Winnyzja');

  // One accepted on its own, one rejected (and reopened and rejected again), the rest at once.
  await vinnytsia.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(vinnytsia.getByText('übernommen', { exact: true })).toBeVisible();
  await expect(vinnytsia.getByRole('link', { name: VINNYTSIA })).toBeVisible();

  const sumy = proposalTitled(page, /^Sumy/);
  await sumy.getByRole('button', { name: 'Ändern' }).click();
  await expect(sumy.getByRole('group', { name: 'Was soll beim Übernehmen geschehen?' }).or(sumy.getByText('Es gibt keinen Eintrag zur Auswahl.'))).toBeVisible();
  await sumy.getByRole('button', { name: 'Abbrechen' }).click();

  // Edited before accepting: a new funding programme under another name.
  const programme = page.getByRole('region', { name: /^Förderprogramme/ }).locator('li.proposal').first();
  await programme.getByRole('button', { name: 'Ändern' }).click();
  await programme.getByRole('radio', { name: 'Neuen Eintrag anlegen' }).check();
  await programme.getByRole('textbox', { name: /^Name/ }).fill('Nakopa-Förderlinie Wiederaufbau');
  await programme.getByRole('button', { name: 'So übernehmen' }).click();
  await expect(programme).toContainText('Angelegt und verknüpft: Nakopa-Förderlinie Wiederaufbau');

  const theme = page.getByRole('region', { name: /^Themen/ }).locator('li.proposal').first();
  await theme.getByRole('button', { name: 'Ablehnen' }).click();
  await expect(theme.getByText('abgelehnt', { exact: true })).toBeVisible();
  await theme.getByRole('button', { name: 'Wieder öffnen' }).click();
  await expect(theme.getByText('zu prüfen', { exact: true })).toBeVisible();
  await theme.getByRole('button', { name: 'Ablehnen' }).click();
  await expect(theme.getByText('abgelehnt', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: /^Alle Vorschläge übernehmen/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /übernommen/ })).toBeVisible();
  await expect(sumy.getByText('übernommen', { exact: true })).toBeVisible();
  await expect(theme.getByText('abgelehnt', { exact: true })).toBeVisible();
  await expect(proposalTitled(page, /Stadtwerke Gersthofen/).locator('a[href^="/organizations/"]')).toBeVisible();

  await page.getByRole('link', { name: 'Zurück zum Dokument und seinen verknüpften Einträgen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Krisenfeste Versorgung: Planungswerkstatt mit ukrainischen Partnerkommunen in München');
  const links = page.getByRole('region', { name: 'Verknüpfte Einträge' });
  await expect(links.getByRole('link', { name: /Sumy/ })).toBeVisible();
  await expect(links.locator('a[href^="/organizations/"]', { hasText: 'Gersthofen' })).toBeVisible();
  await expect(links).toContainText('Partnerschaft:');
  const documentPath = new URL(page.url()).pathname;

  // The partnership's timeline lists the report.
  await links.locator('a[href^="/partnerships/"]').first().click();
  const timeline = page.getByRole('region', { name: 'Zeitleiste' });
  await timeline.getByRole('link', { name: 'Krisenfeste Versorgung: Planungswerkstatt mit ukrainischen Partnerkommunen in München' }).click();
  await expect(page).toHaveURL(new RegExp(`${documentPath}$`));
  await links.getByRole('link', { name: VINNYTSIA }).click();
  await expect(page).toHaveURL(/\/places\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(VINNYTSIA);

  // Accepting loaded or linked the town once: the place search finds one Vinnytsia.
  await page.goto('/places');
  await page.getByRole('combobox', { name: 'Ort suchen' }).fill('Vinnytsia');
  await expect(page.getByRole('listbox', { name: 'Ort suchen' }).getByRole('option').filter({ hasText: /^(Winnyzja|Vinnytsia)/ })).toHaveCount(1);
  const found = (await (await page.request.get('/api/search?q=Vinnytsia&type=place')).json()) as { total: number };
  expect(found.total).toBe(1);
});

test('the header search finds Kiew in every spelling, filters by facet and stems German plurals', async ({ page }) => {
  // About forty requests to set up its records, then six searches and the paging through 23 of them.
  test.setTimeout(90_000);
  const { workspace } = await coordinatorWithWorkspace(page, 'Schulpartnerschaften Sachsen');
  const gruenau = (await (await page.request.get(`/api/partnerships/${(await demoRecords(page.request)).gruenauPartnership}`)).json()) as {
    parties: { place: { id: string } | null }[];
  };
  await sessionApi(page)('POST', '/api/partnerships', {
    workspaceId: workspace.id,
    kind: 'project_partnership',
    title: { de: 'Schulen im Dialog Grünau – Darnyzja' },
    description: { de: 'Die Partnerschaft der beiden Stadtteile wuchs aus einem Austausch von Lehrkräften.' },
    parties: gruenau.parties.map((party) => ({ placeId: party.place!.id })),
  });
  await page.goto('/partnerships');
  const box = page.getByRole('search', { name: 'Suche' }).getByRole('searchbox', { name: 'Suche' });
  await box.fill('Kiew');
  await box.press('Enter');

  await expect(page).toHaveURL(/\/search\?q=Kiew$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suche nach „Kiew“');
  const results = page.getByRole('region', { name: 'Ergebnisse' });
  const hits = results.locator('li.search-hit');
  await expect(hits.filter({ hasText: /^Ort/ }).first()).toBeVisible();
  await expect(hits.filter({ hasText: /^Partnerschaft/ }).first()).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/Kiew|Kyiv|Київ|Києв|Kiev/i);
  await expect(hits.filter({ hasText: /^Ort/ }).getByRole('link', { name: /Kiew|Kyiv|Київ/ }).first()).toBeVisible();

  const facets = page.getByRole('complementary', { name: 'Eingrenzen' });
  // On a wide screen the filters stand beside the results, not above them.
  const facetsBox = (await facets.boundingBox())!;
  const resultsBox = (await results.boundingBox())!;
  expect(facetsBox.x + facetsBox.width).toBeLessThanOrEqual(resultsBox.x);
  expect(Math.abs(facetsBox.y - resultsBox.y)).toBeLessThan(50);
  await facets.getByRole('button', { name: /^Partnerschaft \(/ }).click();
  await expect(page).toHaveURL(/type=partnership/);
  await expect(facets.getByRole('button', { name: /^Partnerschaft \(/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(hits.first()).toBeVisible();
  await expect(hits.filter({ hasNotText: /^Partnerschaft/ })).toHaveCount(0);
  await facets.getByRole('button', { name: 'Filter „Art des Eintrags“ aufheben' }).click();
  await expect(page).not.toHaveURL(/type=/);

  await box.fill('Partnerschaften');
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suche nach „Partnerschaften“');
  const ours = hits.filter({ hasText: 'Schulen im Dialog Grünau' });
  await expect(ours).toContainText('Partnerschaft');
  await expect(ours.locator('mark')).toHaveText('Partnerschaft');

  // Twenty results a page; the next ones continue after the last (keyset).
  for (let number = 1; number <= 23; number += 1) {
    await sessionApi(page)('POST', '/api/organizations', { workspaceId: workspace.id, kind: 'ngo', name: `Hafenwerkstatt Lindenau ${number}` });
  }
  await box.fill('Hafenwerkstatt');
  await box.press('Enter');
  await expect(results.getByRole('status').last()).toHaveText('20 Einträge angezeigt');
  await results.getByRole('button', { name: 'Weitere laden' }).click();
  await expect(hits).toHaveCount(23);

  // A typo: the words of the index nearest to it are searched instead, and offered as a new query.
  // (A misspelt town name is found as the town; an ordinary word is corrected.)
  await box.fill('Delegaton');
  await box.press('Enter');
  await expect(results.getByRole('note').filter({ hasText: 'stattdessen gesucht nach' })).toContainText('Delegaton');
  await expect(hits.first()).toBeVisible();
  await results.getByRole('note').getByRole('link', { name: /delegation/i }).first().click();
  await expect(page).toHaveURL(/q=delegation/i);

  // A compound no record has is searched by its parts, and the page says so.
  await box.fill('Jugendaustausch');
  await box.press('Enter');
  await expect(results.getByRole('note').filter({ hasText: 'stattdessen gesucht nach' })).toContainText('Jugendaustausch → Jugend Austausch');
  await expect(hits.filter({ hasText: 'Amt für Jugend, Familie und Bildung' })).toHaveCount(1);
});

test('comments of members wait for a coordinator, who approves or hides them', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { workspace } = await coordinatorWithWorkspace(page, 'Netzwerk Quartiersarbeit');
  const document = await createDocument(page, workspace.id, {
    kind: 'minutes',
    title: 'Protokoll der Steuerungsrunde',
    text: 'Die Steuerungsrunde beriet über den Zeitplan der Sanierung und die nächste Bürgerversammlung.',
  });
  const invitation = await sessionApi(page)<{ link: string }>('POST', `/api/workspaces/${workspace.id}/invitations`, { role: 'member', language: 'de' });

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await chooseLanguage(member, 'de');
  await signUp(member, { displayName: 'Olena Koval', invitationToken: new URL(invitation.link).pathname.split('/').pop()! });
  await member.goto(`/documents/${document.id}`);
  const memberComments = member.getByRole('region', { name: 'Kommentare' });
  await memberComments.getByRole('textbox', { name: /^Ihr Kommentar/ }).fill('Bitte den Termin der Bürgerversammlung ergänzen.');
  await memberComments.getByRole('button', { name: 'Kommentar senden' }).click();
  const first = memberComments.locator('li.comment').first();
  await expect(first).toContainText('Bürgerversammlung ergänzen');
  await expect(first).toContainText('wartet auf Freigabe');
  await first.getByRole('button', { name: 'Kommentar von Olena Koval bearbeiten' }).click();
  await first.getByRole('textbox', { name: /^Kommentar/ }).fill('Bitte den Termin der Bürgerversammlung im Protokoll ergänzen.');
  await first.getByRole('button', { name: 'Speichern' }).click();
  await expect(first).toContainText('im Protokoll ergänzen');
  await expect(first).toContainText('bearbeitet');
  await memberComments.getByRole('textbox', { name: /^Ihr Kommentar/ }).fill('Werbung für einen Handwerksbetrieb');
  await memberComments.getByRole('button', { name: 'Kommentar senden' }).click();
  await expect(memberComments.locator('li.comment')).toHaveCount(2);
  await expect(memberComments.getByRole('button', { name: 'Freigeben' })).toHaveCount(0);

  await page.goto(`/documents/${document.id}`);
  const comments = page.getByRole('region', { name: 'Kommentare' });
  await expect(comments.getByRole('status')).toHaveText('2 Kommentare warten auf Freigabe.');
  const toApprove = comments.locator('li.comment').filter({ hasText: 'im Protokoll ergänzen' });
  await toApprove.getByRole('button', { name: 'Freigeben' }).click();
  await expect(toApprove).toContainText('freigegeben');
  const toHide = comments.locator('li.comment').filter({ hasText: 'Handwerksbetrieb' });
  await toHide.getByRole('button', { name: 'Ausblenden' }).click();
  await toHide.getByRole('textbox', { name: /^Warum wird er ausgeblendet/ }).fill('Werbung');
  await toHide.getByRole('button', { name: 'Ausblenden' }).click();
  await expect(toHide).toContainText('ausgeblendet');
  await expect(comments.getByRole('status')).toHaveCount(0);
  await comments.getByRole('textbox', { name: /^Ihr Kommentar/ }).fill('Der Termin steht jetzt im Protokoll.');
  await comments.getByRole('button', { name: 'Kommentar senden' }).click();
  await expect(comments.locator('li.comment').filter({ hasText: 'Der Termin steht' })).toContainText('freigegeben');

  await member.reload();
  const hidden = memberComments.locator('li.comment').filter({ hasText: 'Handwerksbetrieb' });
  await expect(hidden).toContainText('ausgeblendet');
  await expect(hidden).toContainText('Hinweis der Koordination: Werbung');
  await memberContext.close();
});

test('an uploaded PDF becomes a document with its text; a text file is attached and removed', async ({ page }) => {
  test.setTimeout(90_000);
  await coordinatorWithWorkspace(page, 'Stadtplanungsamt Glauchau');
  const pdf = await pdfOf([
    'Protokoll der Partnerschaftskonferenz\n\nAm 14. März 2024 trafen sich in Glauchau Vertreterinnen und Vertreter aus Sumy und Leipzig, um die nächsten Schritte der Sanierung von Wohnquartieren zu besprechen.',
  ]);

  await page.goto('/documents/new');
  await page.getByRole('radio', { name: 'Datei hochladen (PDF, TXT, Markdown)' }).check();
  await page.getByLabel('Datei *').setInputFiles({ name: 'protokoll-glauchau.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('combobox', { name: 'Art des Dokuments' }).selectOption({ label: 'Protokoll' });
  await page.getByRole('button', { name: 'Dokument hinzufügen' }).click();
  await expect(page).toHaveURL(/\/documents\/[0-9a-f-]+\/review$/);
  await expect(page.getByRole('region', { name: /^Kommunen/ })).toContainText('Sumy');

  await page.getByRole('link', { name: 'Zurück zum Dokument und seinen verknüpften Einträgen' }).click();
  await expect(page.getByRole('region', { name: 'Text', exact: true })).toContainText('Partnerschaftskonferenz');
  const files = page.getByRole('region', { name: 'Dateien' });
  await expect(files.getByRole('link', { name: 'protokoll-glauchau.pdf' })).toBeVisible();
  await expect(files).toContainText('Text gelesen');

  await files.getByLabel('Datei anhängen').setInputFiles({ name: 'notizen.txt', mimeType: 'text/plain', buffer: Buffer.from('Notizen zur Begehung in Glauchau: Innenhöfe, Spielplätze, Beleuchtung.') });
  await files.getByRole('button', { name: 'Hochladen' }).click();
  const notes = files.locator('li').filter({ hasText: 'notizen.txt' });
  await expect(notes).toContainText('Text gelesen');
  const download = page.waitForEvent('download');
  await notes.getByRole('link', { name: 'notizen.txt' }).click();
  expect((await download).suggestedFilename()).toBe('notizen.txt');
  await notes.getByRole('button', { name: 'notizen.txt entfernen' }).click();
  await notes.getByRole('button', { name: 'Entfernen' }).click();
  await expect(files.getByRole('link', { name: 'notizen.txt' })).toHaveCount(0);

  // A record linked by hand, found through the search.
  const links = page.getByRole('region', { name: 'Verknüpfte Einträge' });
  await links.getByRole('combobox', { name: 'Eintrag verknüpfen' }).fill('Glauchau');
  await links.getByRole('option', { name: /^Glauchau · Ort/ }).click();
  await links.getByRole('button', { name: 'Verknüpfen' }).click();
  await expect(links.getByRole('link', { name: 'Glauchau', exact: true })).toBeVisible();
  await links.getByRole('button', { name: 'Verknüpfung mit Glauchau entfernen' }).click();
  await links.getByRole('button', { name: 'Entfernen' }).click();
  await expect(links.getByRole('link', { name: 'Glauchau', exact: true })).toHaveCount(0);

  // Edited into a good practice with the four URBACT criteria.
  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dokument bearbeiten');
  await page.getByRole('textbox', { name: /^Titel/ }).fill('Sanierung von Wohnquartieren in Glauchau');
  await page.getByRole('combobox', { name: 'Art des Dokuments' }).selectOption({ label: 'Gute Praxis' });
  await page.getByRole('textbox', { name: 'Relevanz' }).fill('Betrifft viele Plattenbauquartiere in beiden Ländern.');
  await page.getByRole('combobox', { name: 'Bewertung: Relevanz' }).selectOption('4');
  await page.getByRole('combobox', { name: 'Bewertung: Übertragbarkeit' }).selectOption('5');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sanierung von Wohnquartieren in Glauchau');
  const criteria = page.getByRole('region', { name: 'Kriterien guter Praxis (URBACT)' });
  await expect(criteria).toContainText('4 von 5 · Betrifft viele Plattenbauquartiere');
  await expect(criteria).toContainText('Wirkung vor Ort');

  await page.goto('/documents?kind=good_practice');
  await expect(page.getByRole('combobox', { name: 'Art des Dokuments' })).toHaveValue('good_practice');
  await expect(page.getByRole('link', { name: 'Sanierung von Wohnquartieren in Glauchau' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Art des Dokuments' }).selectOption({ label: 'Bericht' });
  await expect(page).toHaveURL(/kind=report/);
  await expect(page.getByRole('link', { name: 'Sanierung von Wohnquartieren in Glauchau' })).toHaveCount(0);
});
