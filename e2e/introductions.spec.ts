import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';
import { newCoordinatorWithWorkspace, pick } from './support/recordFromScratch.js';

/** What the people of each run see and type, in their language. */
const RUNS = [
  {
    language: 'de' as const,
    seeker: { town: 'Zbarazh', name: 'Sbarasch', workspace: 'Міська рада Збаража' },
    partner: { town: 'Plauen', name: 'Plauen', workspace: 'Stadtverwaltung Plauen' },
    words: {
      municipality: 'Kommune',
      needTheme: 'Thema des Bedarfs',
      needKind: 'Art des Bedarfs',
      needDescription: /^Beschreibung des Bedarfs/,
      inLanguage: 'Deutsch',
      publish: 'Veröffentlichen',
      theme: '\u2003Energienetze',
      knowHow: 'Fachwissen',
      offerTheme: 'Thema des Angebots',
      offerKind: 'Art des Angebots',
      offerDescription: /^Beschreibung des Angebots/,
      publishOffer: 'Angebot veröffentlichen',
      suggestions: 'Vorgeschlagene Partner, bester zuerst',
      request: (name: string) => `Kennenlernen mit ${name} anfragen`,
      message: 'Nachricht',
      proposedDate: 'Vorschlag für ein erstes Online-Treffen',
      send: 'Anfrage senden',
      sent: 'Die Anfrage ist gesendet',
      open: 'Zur Vermittlung',
      requested: 'angefragt',
      introductions: 'Vermittlungen',
      answerMessage: 'Ihre Nachricht an die andere Seite',
      accept: 'Annehmen',
      meetingOn: 'Online-Treffen am',
      openMeeting: 'Treffen ansehen',
      meetingTitle: (seeker: string, partner: string) => `Erstes Treffen: ${seeker} – ${partner}`,
      met: 'Das Treffen hat stattgefunden',
      partnershipType: 'Art der Partnerschaft',
      solidarity: 'Solidaritätspartnerschaft',
      becomePartners: 'Partnerschaft eingehen',
      partnered: 'Partnerschaft',
      openPartnership: 'Partnerschaft ansehen',
      forProfile: 'Für',
    },
  },
  {
    language: 'uk' as const,
    seeker: { town: 'Berezhany', name: 'Бережани', workspace: 'Бережанська міська рада' },
    partner: { town: 'Görlitz', name: 'Ґерліц', workspace: 'Stadtverwaltung Görlitz' },
    words: {
      municipality: 'Громада',
      needTheme: 'Тема потреби',
      needKind: 'Вид потреби',
      needDescription: /^Опис потреби/,
      inLanguage: 'Українською',
      publish: 'Опублікувати',
      theme: '\u2003Енергетичні мережі',
      knowHow: 'Експертиза',
      offerTheme: 'Тема пропозиції',
      offerKind: 'Вид пропозиції',
      offerDescription: /^Опис пропозиції/,
      publishOffer: 'Опублікувати пропозицію',
      suggestions: 'Запропоновані партнери, найкращі спершу',
      request: (name: string) => `Попросити про знайомство з ${name}`,
      message: 'Повідомлення',
      proposedDate: 'Запропонована дата першої онлайн-зустрічі',
      send: 'Надіслати запит',
      sent: 'Запит надіслано',
      open: 'До знайомства',
      requested: 'запит',
      introductions: 'Знайомства',
      answerMessage: 'Ваше повідомлення іншій стороні',
      accept: 'Прийняти',
      meetingOn: 'Онлайн-зустріч',
      openMeeting: 'Переглянути зустріч',
      meetingTitle: (seeker: string, partner: string) => `Перша зустріч: ${seeker} – ${partner}`,
      met: 'Зустріч відбулася',
      partnershipType: 'Вид партнерства',
      solidarity: 'Партнерство солідарності',
      becomePartners: 'Стати партнерами',
      partnered: 'партнерство',
      openPartnership: 'Переглянути партнерство',
      forProfile: 'Для',
    },
  },
];

type Run = (typeof RUNS)[number];

/** Publishes a municipality's need with the theme of the run (and, for the partner, an offer on it). */
async function publishNeed(page: Page, run: Run, town: string, expected: string, description: string) {
  const { words } = run;
  await page.goto('/matching/new');
  await expect(page.getByRole('main').getByRole('combobox', { name: words.municipality })).toBeVisible();
  await pick(page, words.municipality, town, expected);
  await page.getByLabel(words.needTheme).selectOption({ label: words.theme });
  await page.getByLabel(words.needKind).selectOption({ label: words.knowHow });
  await page.getByRole('group', { name: words.needDescription }).getByLabel(words.inLanguage).fill(description);
  await page.getByRole('button', { name: words.publish, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected);
}

for (const run of RUNS) {
  test(`a new user asks a suggested partner to meet, who accepts, meets and partners (${run.language})`, async ({ page, browser }) => {
    test.setTimeout(240_000);
    const { words } = run;

    // The partner: a second new account, coordinator of its own town's workspace, offers district heating know-how.
    const partnerContext = await browser.newContext();
    const partner = await partnerContext.newPage();
    await newCoordinatorWithWorkspace(partner, 'Katrin Vogel', run.partner.workspace);
    await chooseLanguage(partner, run.language);
    await publishNeed(partner, run, run.partner.town, run.partner.name, 'Bürgerbeteiligung bei der Wärmeplanung');
    const offer = partner.getByRole('form', { name: words.publishOffer });
    await offer.getByLabel(words.offerTheme).selectOption({ label: words.theme });
    await offer.getByLabel(words.offerKind).selectOption({ label: words.knowHow });
    await offer.getByRole('group', { name: words.offerDescription }).getByLabel(words.inLanguage).fill('Fernwärmenetz auf niedrige Temperaturen umgestellt');
    await offer.getByRole('button', { name: words.publishOffer }).click();
    await expect(partner.getByText('Fernwärmenetz auf niedrige Temperaturen umgestellt')).toBeVisible();

    // The seeker publishes its need and asks the partner it is suggested for an introduction.
    await newCoordinatorWithWorkspace(page, 'Oksana Melnyk', run.seeker.workspace);
    await chooseLanguage(page, run.language);
    await publishNeed(page, run, run.seeker.town, run.seeker.name, 'Heizhäuser vor dem Winter modernisieren');
    const suggestion = page.getByRole('list', { name: words.suggestions }).locator(':scope > li').filter({ hasText: run.partner.name });
    await expect(suggestion.getByRole('listitem').first()).toBeVisible();
    await suggestion.getByRole('button', { name: words.request(run.partner.name) }).click();
    const request = page.getByRole('form', { name: words.request(run.partner.name) });
    await request.getByLabel(words.message).fill('Wir würden gern von Ihrem Fernwärmenetz lernen.');
    await request.getByLabel(words.proposedDate).fill('2027-03-10');
    await request.getByRole('button', { name: words.send }).click();
    await expect(page.getByText(words.sent)).toBeVisible();
    await page.getByRole('link', { name: words.open }).click();
    await expect(page.getByRole('main')).toContainText(words.requested);
    const introductionUrl = page.url();

    // The partner finds it among its introductions, accepts, and the first meeting exists as an exchange.
    await partner.goto('/matching/introductions');
    await expect(partner.getByRole('heading', { level: 1 })).toHaveText(words.introductions);
    await partner.getByRole('link', { name: `${run.seeker.name} – ${run.partner.name}` }).click();
    await partner.getByLabel(words.answerMessage).fill('Gern, wir treffen uns online.');
    await partner.getByRole('button', { name: words.accept }).click();
    await expect(partner.getByRole('main')).toContainText(words.meetingOn);
    await partner.getByRole('link', { name: words.openMeeting }).click();
    await expect(partner.getByRole('heading', { level: 1 })).toHaveText(words.meetingTitle(run.seeker.name, run.partner.name));
    await partner.goBack();

    // The seeker sees the meeting too.
    await page.goto(introductionUrl);
    await expect(page.getByRole('main')).toContainText(words.meetingOn);

    // After the meeting, the partner turns the introduction into a solidarity partnership.
    await partner.getByRole('button', { name: words.met }).click();
    await partner.getByLabel(words.partnershipType).selectOption({ label: words.solidarity });
    await partner.getByRole('button', { name: words.becomePartners }).click();
    await partner.getByRole('link', { name: words.openPartnership }).click();
    await expect(partner.getByRole('heading', { level: 1 })).toHaveText(`${run.seeker.name} – ${run.partner.name}`);
    await expect(partner.getByRole('main')).toContainText(words.solidarity);

    await page.reload();
    await expect(page.getByRole('main')).toContainText(words.partnered);

    // From a profile page too: the partner asks the seeker's town for a further introduction, for its own profile.
    await page.getByRole('link', { name: run.seeker.name }).first().click();
    const seekerProfile = page.url();
    await partner.goto(seekerProfile);
    await expect(partner.getByRole('heading', { level: 1 })).toHaveText(run.seeker.name);
    await partner.getByLabel(words.forProfile).selectOption({ label: run.partner.name });
    await partner.getByRole('button', { name: words.request(run.seeker.name) }).click();
    await partner.getByRole('form', { name: words.request(run.seeker.name) }).getByLabel(words.message).fill('Und nun ein Fachaustausch zur Wärmeplanung?');
    await partner.getByRole('button', { name: words.send }).click();
    await expect(partner.getByText(words.sent)).toBeVisible();
    await partnerContext.close();
  });
}
