import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';
import { newCoordinatorWithWorkspace, pick } from './support/recordFromScratch.js';

/** What the people see and type, one line a word with its German and its Ukrainian side by side. */
const WORDS = {
  municipality: { de: 'Kommune', uk: 'Громада' },
  needTheme: { de: 'Thema des Bedarfs', uk: 'Тема потреби' },
  needKind: { de: 'Art des Bedarfs', uk: 'Вид потреби' },
  needDescription: { de: /^Beschreibung des Bedarfs/, uk: /^Опис потреби/ },
  inLanguage: { de: 'Deutsch', uk: 'Українською' },
  publish: { de: 'Veröffentlichen', uk: 'Опублікувати' },
  theme: { de: '\u2003Energienetze', uk: '\u2003Енергетичні мережі' },
  knowHow: { de: 'Fachwissen', uk: 'Експертиза' },
  offerTheme: { de: 'Thema des Angebots', uk: 'Тема пропозиції' },
  offerKind: { de: 'Art des Angebots', uk: 'Вид пропозиції' },
  offerDescription: { de: /^Beschreibung des Angebots/, uk: /^Опис пропозиції/ },
  publishOffer: { de: 'Angebot veröffentlichen', uk: 'Опублікувати пропозицію' },
  suggestions: { de: 'Vorgeschlagene Partner, bester zuerst', uk: 'Запропоновані партнери, найкращі спершу' },
  request: { de: (name: string) => `Kennenlernen mit ${name} anfragen`, uk: (name: string) => `Попросити про знайомство з ${name}` },
  message: { de: 'Nachricht', uk: 'Повідомлення' },
  proposedDate: { de: 'Vorschlag für ein erstes Online-Treffen', uk: 'Запропонована дата першої онлайн-зустрічі' },
  send: { de: 'Anfrage senden', uk: 'Надіслати запит' },
  sent: { de: 'Die Anfrage ist gesendet', uk: 'Запит надіслано' },
  open: { de: 'Zur Vermittlung', uk: 'До знайомства' },
  requested: { de: 'angefragt', uk: 'запит' },
  introductions: { de: 'Vermittlungen', uk: 'Знайомства' },
  answerMessage: { de: 'Ihre Nachricht an die andere Seite', uk: 'Ваше повідомлення іншій стороні' },
  accept: { de: 'Annehmen', uk: 'Прийняти' },
  meetingOn: { de: 'Online-Treffen am', uk: 'Онлайн-зустріч' },
  openMeeting: { de: 'Treffen ansehen', uk: 'Переглянути зустріч' },
  meetingTitle: { de: (seeker: string, partner: string) => `Erstes Treffen: ${seeker} – ${partner}`, uk: (seeker: string, partner: string) => `Перша зустріч: ${seeker} – ${partner}` },
  met: { de: 'Das Treffen hat stattgefunden', uk: 'Зустріч відбулася' },
  partnershipType: { de: 'Art der Partnerschaft', uk: 'Вид партнерства' },
  solidarity: { de: 'Solidaritätspartnerschaft', uk: 'Партнерство солідарності' },
  becomePartners: { de: 'Partnerschaft eingehen', uk: 'Стати партнерами' },
  partnered: { de: 'Partnerschaft', uk: 'партнерство' },
  openPartnership: { de: 'Partnerschaft ansehen', uk: 'Переглянути партнерство' },
  forProfile: { de: 'Für', uk: 'Для' },
};

type Language = 'de' | 'uk';

/** The words of one language, by their names in {@link WORDS}. */
const wordsIn = <L extends Language>(language: L) =>
  Object.fromEntries(Object.entries(WORDS).map(([name, translations]) => [name, translations[language]])) as { [Name in keyof typeof WORDS]: (typeof WORDS)[Name][L] };

/** Who takes part in each run, and in which language. */
const RUNS = [
  {
    language: 'de' as const,
    seeker: { town: 'Zbarazh', name: 'Sbarasch', workspace: 'Міська рада Збаража' },
    partner: { town: 'Plauen', name: 'Plauen', workspace: 'Stadtverwaltung Plauen' },
    words: wordsIn('de'),
  },
  {
    language: 'uk' as const,
    seeker: { town: 'Berezhany', name: 'Бережани', workspace: 'Бережанська міська рада' },
    partner: { town: 'Görlitz', name: 'Ґерліц', workspace: 'Stadtverwaltung Görlitz' },
    words: wordsIn('uk'),
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
