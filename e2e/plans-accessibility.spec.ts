import { test, type APIRequestContext } from '@playwright/test';
import { chooseLanguage, type UiLanguage } from './support/chooseLanguage.js';
import { expectNoAxeViolations, sweepTimeout } from './support/expectNoAxeViolations.js';

const LANGUAGES: UiLanguage[] = ['de', 'en', 'uk'];

async function firstId(request: APIRequestContext, path: string): Promise<string> {
  const page = (await (await request.get(path)).json()) as { items: { id: string }[] };
  if (!page.items[0]) throw new Error(`No demo record in ${path}`);
  return page.items[0].id;
}

async function pages(request: APIRequestContext): Promise<string[]> {
  const plan = await firstId(request, '/api/action-plans');
  const measure = ((await (await request.get(`/api/action-plans/${plan}`)).json()) as { measures: { id: string }[] }).measures[0]!.id;
  const project = await firstId(request, '/api/projects');
  const programme = await firstId(request, '/api/funding-programmes');
  const monitor = await firstId(request, '/api/area-monitors');
  return [
    '/action-plans',
    `/action-plans/${plan}`,
    `/action-plans/${plan}/dashboard`,
    `/action-plans/${plan}/print`,
    `/action-plans/${plan}/measures/${measure}`,
    '/action-plans/new',
    '/projects',
    `/projects/${project}`,
    '/projects/new',
    '/funding',
    `/funding/programmes/${programme}`,
    '/funding/programmes/new',
    '/areas',
    `/areas/${monitor}`,
    '/areas/new',
  ];
}

for (const language of LANGUAGES) {
  test(`the plan, project, funding and area pages have no WCAG 2.1 AA violations (${language})`, async ({ page, request }) => {
    await chooseLanguage(page, language);
    const paths = await pages(request);
    test.setTimeout(sweepTimeout(paths.length));
    for (const path of paths) {
      await test.step(path, async () => {
        await page.goto(path);
        await expectNoAxeViolations(page, path, language);
      });
    }
  });
}
