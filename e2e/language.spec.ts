import { expect, test } from '@playwright/test';
import { chooseLanguage } from './support/chooseLanguage.js';

test.describe('language', () => {
  test('German is the default; English and Ukrainian change texts, dates and <html lang>, and survive a reload', async ({
    page,
  }) => {
    const html = page.locator('html');
    const heading = page.getByRole('heading', { level: 1 });
    await page.goto('/partnerships');
    await expect(html).toHaveAttribute('lang', 'de');
    await expect(heading).toHaveText('Partnerschaften');
    await expect(page.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(heading).toHaveText('Partnerships');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link')).toHaveText([
      'Partnerships',
      'Exchanges',
      'Networks',
      'Find partners',
      'Dashboard',
      'Action plans',
      'Projects',
      'Funding',
      'Areas',
      'Places',
      'Organisations',
      'People',
      'Themes',
      'Documents',
    ]);
    await expect(page.getByRole('link', { name: 'Grünau – Darnytskyi district partnership' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'District partnership' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveTitle('Partnerships – Stadtdialog');

    await page.reload();
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(heading).toHaveText('Partnerships');
    await page.getByRole('link', { name: 'Grünau – Darnytskyi district partnership' }).click();
    await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first()).toContainText(
      /14\s*–\s*18 May 2018/,
    );

    await page.getByRole('button', { name: 'Українська' }).click();
    await expect(html).toHaveAttribute('lang', 'uk');
    await expect(heading).toHaveText('Партнерство районів Грюнау – Дарницький');
    await expect(page.getByRole('region', { name: 'Хронологія' }).getByRole('listitem')).toHaveCount(13);
    await expect(page.getByRole('region', { name: 'Огляд' })).toContainText('Партнерство районів');

    await page.reload();
    await expect(html).toHaveAttribute('lang', 'uk');
    await expect(heading).toHaveText('Партнерство районів Грюнау – Дарницький');
    await page.getByRole('navigation', { name: 'Головна навігація' }).getByRole('link', { name: 'Мережі' }).click();
    await expect(heading).toHaveText('Мережі');
    await expect(page.getByRole('cell', { name: 'Щокварталу' })).toBeVisible();

    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expect(html).toHaveAttribute('lang', 'de');
    await expect(heading).toHaveText('Netzwerke');
  });

  test('a name missing in the UI language falls back to the local name', async ({ page }) => {
    await chooseLanguage(page, 'uk');
    await page.goto('/exchanges?kind=return_visit');
    await page.getByRole('link', { name: /Зустрічний візит лейпцизької групи/ }).click();

    const roles = page.getByRole('table', { name: 'Організації та їхні ролі' });
    await expect(roles.getByRole('row').filter({ hasText: 'Приймаюча сторона' }).getByRole('rowheader')).toHaveText(
      'Дарницька районна в місті Києві державна адміністрація',
    );
  });

  test('a project names the organisation of each contact in the UI language, not in English', async ({ page }) => {
    await page.goto('/projects');
    await page.getByRole('link', { name: 'Integration durch Initiativmanagement' }).click();
    const contacts = page.getByRole('region', { name: 'Ansprechpersonen' });
    await expect(contacts.getByRole('listitem').filter({ hasText: 'Projektleitung' })).toContainText('Amt für Stadterneuerung und Wohnungsbauförderung');
    await expect(contacts).not.toContainText('Office for Urban Renewal');
  });

  test('text missing in the UI language falls back to German, English or Ukrainian and is marked with its lang', async ({
    page,
  }) => {
    const id = '00000000-0000-4000-8000-0000000000aa';
    await page.route(
      (url) => url.pathname === `/api/partnerships/${id}`,
      (route) =>
        route.fulfill({
          json: {
            id,
            kind: 'project_partnership',
            title: { en: 'Energy advice for housing estates', uk: 'Енергоконсультації для житлових масивів' },
            description: { uk: 'Лише українською.' },
            since: '2024-03-01',
            sincePrecision: 'day',
            status: 'planned',
            visibility: 'public',
            parentId: null,
            parties: [],
            endedOn: null,
            parent: null,
            children: [],
            themes: [],
            workspaceId: '00000000-0000-4000-8000-0000000000ab',
            canEdit: false,
          },
        }),
    );
    await page.route(
      (url) => url.pathname === `/api/partnerships/${id}/timeline`,
      (route) => route.fulfill({ json: { items: [], nextCursor: null } }),
    );
    await page.route(
      (url) => url.pathname === `/api/partnerships/${id}/project-groups`,
      (route) => route.fulfill({ json: { items: [], canEdit: false } }),
    );
    await page.goto(`/partnerships/${id}`);

    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.locator('[lang="en"]')).toHaveText('Energy advice for housing estates');
    await expect(page.getByRole('main').locator('[lang="uk"]')).toHaveText('Лише українською.');
    await expect(page.getByRole('region', { name: 'Überblick' })).toContainText('1. März 2024');
    await expect(page.getByRole('region', { name: 'Überblick' })).toContainText('Geplant');
  });
});
