import { expect, test, type Locator, type Page } from '@playwright/test';
import { signUp } from './support/accounts.js';
import { chooseLanguage } from './support/chooseLanguage.js';
import { sessionApi } from './support/sessionApi.js';

// A coordinator from a Ukrainian district who has just signed up, on a phone, in Ukrainian.
test.use({ viewport: { width: 390, height: 844 } });

async function ukrainianCoordinator(page: Page): Promise<{ id: string }> {
  await chooseLanguage(page, 'uk');
  await signUp(page, { displayName: 'Оксана Коваль', language: 'uk' });
  return sessionApi(page)<{ id: string }>('POST', '/api/workspaces', { name: 'Дарницький район: міжнародні зв’язки' });
}

const notSaved = (page: Page) => page.getByRole('main').getByRole('alert').filter({ hasText: 'Не збережено' });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

test('a new action plan asks for the Ukrainian title first, keeps the checkbox hint beside its label and names each missing field', async ({ page }) => {
  test.setTimeout(60_000);
  await ukrainianCoordinator(page);
  await page.goto('/action-plans/new');
  const title = page.getByRole('group', { name: /^Назва/ });
  await expect(title.getByRole('textbox').first()).toHaveAccessibleName('Українською');

  const checkbox = page.getByRole('checkbox', { name: 'Внесено згодом (завершена робота)' });
  const hint = page.getByText('Для роботи, що відбулася до внесення');
  const label = page.locator('label', { hasText: 'Внесено згодом (завершена робота)' });
  expect((await box(hint)).x, 'the hint starts under the label, not in the column of the box').toBeGreaterThanOrEqual((await box(label)).x);
  expect((await box(hint)).width).toBeGreaterThan(200);
  await expect(checkbox).toHaveAttribute('aria-describedby', (await hint.getAttribute('id'))!);

  await page.getByRole('button', { name: 'Зберегти' }).click();
  const problems = notSaved(page);
  await expect(problems).toContainText('Назва: ');
  await expect(problems).toContainText('Період з: ');
  await expect(problems).toContainText('Період до: ');
  await expect(title.getByRole('textbox', { name: 'Українською' })).toHaveAttribute('aria-invalid', 'true');
});

test('a new action plan without a partnership marks the partnership field itself, with its message beside it', async ({ page }) => {
  test.setTimeout(60_000);
  await ukrainianCoordinator(page);
  await page.goto('/action-plans/new');
  await page.getByRole('group', { name: /^Назва/ }).getByRole('textbox', { name: 'Українською' }).fill('Спільний план дій Дарниця – Грюнау');
  await page.getByLabel(/^Період з/).fill('2031-01-01');
  await page.getByLabel(/^Період до/).fill('2032-12-31');
  await page.getByRole('button', { name: 'Зберегти' }).click();
  await expect(notSaved(page)).toContainText('Партнерство: ');
  const partnership = page.getByRole('combobox', { name: 'Партнерство', exact: true });
  await expect(partnership).toHaveAttribute('aria-invalid', 'true');
  await expect(partnership).toHaveAccessibleDescription(/заповніть один із варіантів/);
});

test('a new partnership that cannot be saved says which fields are missing, in Ukrainian', async ({ page }) => {
  await ukrainianCoordinator(page);
  await page.goto('/partnerships/new');
  await page.getByRole('button', { name: 'Зберегти' }).click();
  const problems = notSaved(page);
  await expect(problems).toContainText('Вид: ');
  await expect(problems).toContainText('Назва: ');
  await expect(problems).toContainText('Сторони: ');
});

test('an exchange names its time zones, on the form and at the agenda, not by their codes alone', async ({ page }) => {
  test.setTimeout(60_000);
  await ukrainianCoordinator(page);
  await page.goto('/exchanges/new');
  const zone = page.getByRole('combobox', { name: 'Часовий пояс' });
  await expect(zone.locator('option:checked')).toHaveText('центральноєвропейський час (Europe/Berlin)');
  await expect(zone.locator('option', { hasText: 'America/New York' })).toHaveText(/^[а-яіїєґ' ]+ \(America\/New York\)$/);
  await zone.selectOption({ value: 'Europe/Kyiv' });
  await page.getByRole('combobox', { name: 'Вид *' }).selectOption({ label: 'Візит делегації' });
  await page.getByRole('group', { name: /^Назва/ }).getByRole('textbox', { name: 'Українською' }).fill('Візит делегації з Дарниці до Грюнау');
  await page.getByRole('textbox', { name: /^Перший день/ }).fill('2031-05-14');
  await page.getByRole('button', { name: 'Зберегти' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Візит делегації з Дарниці до Грюнау');
  await expect(page.getByRole('region', { name: 'Історія змін' })).toContainText('Часовий пояс: східноєвропейський час (Europe/Kyiv)');

  await page.getByRole('button', { name: 'Додати пункт програми' }).click();
  await expect(page.getByRole('main')).toContainText('Час указано за місцевим часом заходу: східноєвропейський час (Europe/Kyiv).');
});

test('a visit to a Ukrainian town takes the local time zone of its venue, unless the planner chose one', async ({ page }) => {
  test.setTimeout(60_000);
  await ukrainianCoordinator(page);
  await page.goto('/exchanges/new');
  const zone = page.getByRole('combobox', { name: 'Часовий пояс' });
  const venue = page.getByRole('combobox', { name: 'Місце', exact: true });
  const chooseVenue = async (text: string) => {
    await venue.fill('');
    await venue.pressSequentially(text, { delay: 20 });
    await page.getByRole('listbox', { name: 'Місце' }).getByRole('option').filter({ hasText: text }).first().click();
  };
  await chooseVenue('Бровари');
  await expect(zone.locator('option:checked')).toHaveText('східноєвропейський час (Europe/Kyiv)');
  await chooseVenue('Лейпциг');
  await expect(zone.locator('option:checked')).toHaveText('центральноєвропейський час (Europe/Berlin)');

  await zone.selectOption({ value: 'Europe/Kyiv' });
  await chooseVenue('Мюнхен');
  await expect(zone.locator('option:checked')).toHaveText('східноєвропейський час (Europe/Kyiv)');
});

test('the printable action plan fits a phone, and the measures sent to a funder name every column as a heading', async ({ page, request }) => {
  await chooseLanguage(page, 'uk');
  const plans = (await (await request.get('/api/action-plans')).json()) as { items: { id: string }[] };
  const plan = plans.items[0]!.id;
  await page.goto(`/action-plans/${plan}/print`);
  await expect(page.getByRole('button', { name: 'Друкувати' })).toBeVisible();
  await expect(page.locator('.print-plan__measures').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page does not scroll sideways').toBeLessThanOrEqual(390);

  const csv = (await (await request.get(`/api/action-plans/${plan}/measures.csv?lang=uk`)).text()).replace(/^\uFEFF/, '');
  expect(csv.split(/\r?\n/)[0]).toContain(';Останній стан;Дата звіту;Прострочено;');
});

test('the theme chart of the overview fits its labels on a phone', async ({ page }) => {
  await chooseLanguage(page, 'uk');
  await page.goto('/dashboard');
  const chart = page.getByRole('figure', { name: 'Найчастіші теми' });
  const svg = chart.locator('svg');
  await expect(chart.locator('.chart__label').first()).toBeVisible();
  const left = (await box(svg)).x;
  for (const label of await chart.locator('.chart__label').all()) {
    expect((await box(label)).x, `"${await label.textContent()}" starts inside the chart`).toBeGreaterThanOrEqual(left);
  }
  await expect(chart.locator('.chart__label', { hasText: /^Квартальний мен.*…$/ })).toHaveCount(1);
});

test('a workspace just created shows where its records begin, and the form that opens belongs to it', async ({ page }) => {
  await chooseLanguage(page, 'uk');
  await signUp(page, { displayName: 'Оксана Коваль', language: 'uk' });
  await page.goto('/workspaces');
  await page.getByRole('textbox', { name: /^Назва/ }).fill('Дарницький район: партнерства');
  await page.getByRole('button', { name: 'Створити робочий простір' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Дарницький район: партнерства');
  const firstSteps = page.getByRole('region', { name: 'Перші кроки' });
  await expect(firstSteps.getByRole('link')).toHaveText(['Створити партнерство', 'Запланувати обмін', 'Створити мережу', 'Розробити план дій', 'Створити проєкт', 'Додати організацію']);
  await firstSteps.getByRole('link', { name: 'Створити партнерство' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Нове партнерство');
  await expect(page.getByRole('main').getByRole('combobox', { name: 'Робочий простір' }).locator('option:checked')).toHaveText('Дарницький район: партнерства');
});

test('a person’s edit form names their organisation in the reader’s language, and saving it untouched keeps it', async ({ page }) => {
  const workspace = await ukrainianCoordinator(page);
  const cities = (await (await page.request.get('/api/organizations?q=Stadt%20Leipzig')).json()) as { items: { id: string; names: Record<string, string> }[] };
  const city = cities.items.find((organization) => organization.names.uk === 'Місто Лейпциг')!;
  const person = await sessionApi(page)<{ id: string }>('POST', '/api/people', {
    workspaceId: workspace.id,
    givenName: 'Jens',
    familyName: 'Hartmann',
    affiliations: [{ organizationId: city.id }],
    consent: { basis: 'consent' },
  });
  await page.goto(`/people/${person.id}/edit`);
  await expect(page.getByRole('combobox', { name: 'Організація' })).toHaveValue('Місто Лейпциг');
  // Switched to German with the form open, the untouched field follows: the organisation has its own (German) name only.
  await page.getByRole('button', { name: 'Меню' }).click();
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Stadt Leipzig');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jens Hartmann');
  const saved = (await (await page.request.get(`/api/people/${person.id}`)).json()) as { affiliations: { organization: { id: string } | null }[] };
  expect(saved.affiliations.map((affiliation) => affiliation.organization?.id)).toEqual([city.id]);
});

test('an expert profile names its working languages, a new grant marks the programme it needs, a programme names its level and each part of a deadline, an empty project profile says so, and a theme is edited by its name', async ({ page }) => {
  test.setTimeout(60_000);
  const workspace = await ukrainianCoordinator(page);
  const send = sessionApi(page);
  const person = await send<{ id: string }>('POST', '/api/people', { workspaceId: workspace.id, givenName: 'Taras', familyName: 'Bondar', consent: { basis: 'consent' } });
  const profile = await send<{ id: string }>('POST', '/api/matching/profiles', { workspaceId: workspace.id, personId: person.id, languages: ['uk', 'de'], visibility: 'workspace' });
  await page.goto(`/matching/profiles/${profile.id}`);
  const facts = page.locator('.kern-description-list');
  await expect(facts).toContainText('Робочі мови');
  await expect(facts).not.toContainText('Мови адміністрації');

  await page.goto('/funding/grants/new');
  await page.getByRole('button', { name: 'Зберегти' }).click();
  await expect(notSaved(page)).toContainText('Програма: ');
  await expect(page.getByRole('combobox', { name: /^Програма/ })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('combobox', { name: /^Програма/ })).toHaveAttribute('aria-required', 'true');

  // A programme's level reads as Ukrainian readers know it, and each missing part of a deadline is named with its number.
  await page.goto('/funding/programmes/new');
  await expect(page.getByRole('combobox', { name: 'Рівень' }).locator('option')).toContainText(['ЄС', 'державний']);
  await page.getByRole('group', { name: /^Програма/ }).getByLabel('Українською').fill('Програма енергоефективності громад');
  await page.getByRole('button', { name: 'Додати термін' }).click();
  await page.getByRole('button', { name: 'Зберегти' }).click();
  await expect(notSaved(page)).toContainText('Термін 1: ');
  await expect(notSaved(page)).toContainText('Що має бути подано (термін 1): ');

  const project = await send<{ id: string }>('POST', '/api/projects', { workspaceId: workspace.id, title: { uk: 'Енергоефективна школа' } });
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByRole('region', { name: 'Профіль' })).toContainText('Виконавця, терміни, бюджет і цілі ще не вказано.');

  // A theme's edit heading names the theme, not its short code.
  const theme = await send<{ id: string }>('POST', '/api/themes', { workspaceId: workspace.id, slug: `teplo-${Date.now()}`, name: { uk: 'Теплопостачання', de: 'Wärmeversorgung' } });
  await page.goto(`/themes/${theme.id}/edit`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Редагувати тему «Теплопостачання»');
});
