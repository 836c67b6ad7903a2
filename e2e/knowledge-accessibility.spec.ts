import { test, type Page } from '@playwright/test';
import { chooseLanguage, type UiLanguage } from './support/chooseLanguage.js';
import { expectNoAxeViolations, sweepTimeout } from './support/expectNoAxeViolations.js';
import { coordinatorWithWorkspace, createDocument, WORKSHOP_REPORT } from './support/knowledgeFixtures.js';
import { sessionApi } from './support/sessionApi.js';

const LANGUAGES: UiLanguage[] = ['de', 'en', 'uk'];

/** A good practice and a report with proposals, some decided, and a comment awaiting nothing. */
async function pages(page: Page): Promise<string[]> {
  const { workspace } = await coordinatorWithWorkspace(page, 'Redaktion Wissensbasis');
  const report = await createDocument(page, workspace.id, { kind: 'news', text: WORKSHOP_REPORT, publishedOn: '2023-12-05', sourceUrl: 'https://example.org/werkstatt', extract: true });
  const send = sessionApi(page);
  const review = await send<{ proposals: { id: string; field: string }[] }>('POST', `/api/documents/${report.id}/review/extract`);
  const municipality = review.proposals.find((proposal) => proposal.field === 'municipality');
  const theme = review.proposals.find((proposal) => proposal.field === 'theme');
  if (municipality) await send('POST', `/api/documents/${report.id}/proposals/${municipality.id}/accept`, {});
  if (theme) await send('POST', `/api/documents/${report.id}/proposals/${theme.id}/reject`);
  await send('POST', `/api/documents/${report.id}/comments`, { body: 'Die Ergebnisse gehen an alle Partnerstädte.' });
  const practice = await createDocument(page, workspace.id, {
    kind: 'good_practice',
    title: 'Bürgerhaushalt im Quartier',
    text: 'Bewohnerinnen und Bewohner entscheiden jedes Jahr über ein kleines Budget für ihr Quartier.',
    goodPractice: {
      relevance: { assessment: 'Stärkt das Vertrauen in die Verwaltung.', rating: 4 },
      participation: { assessment: 'Offen für alle ab 14 Jahren.', rating: 5 },
      impact: { assessment: '', rating: 3 },
      transferability: { assessment: 'Mit wenig Aufwand übertragbar.', rating: null },
    },
  });
  return [
    '/search?q=Kiew',
    '/search?q=Partnerschaften&type=partnership',
    '/search?q=zzzqqqxxy',
    '/documents',
    '/documents/new',
    `/documents/${report.id}`,
    `/documents/${report.id}/review`,
    `/documents/${report.id}/edit`,
    `/documents/${practice.id}`,
  ];
}

for (const language of LANGUAGES) {
  test(`the search, document and review pages have no WCAG 2.1 AA violations (${language})`, async ({ page }) => {
    test.setTimeout(sweepTimeout(9));
    await chooseLanguage(page, language);
    for (const path of await pages(page)) {
      await test.step(path, async () => {
        await page.goto(path);
        await expectNoAxeViolations(page, path, language);
      });
    }
  });
}
