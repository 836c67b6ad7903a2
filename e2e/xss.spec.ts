import { expect, test, type Dialog, type Page } from '@playwright/test';
import { signUp } from './support/accounts.js';
import { demoRecords } from './support/demoRecords.js';
import { expectInert } from './support/expectInert.js';
import { sessionApi } from './support/sessionApi.js';
import { XSS_PAYLOADS } from './support/xssPayloads.js';

const payload = (index: number) => XSS_PAYLOADS[index % XSS_PAYLOADS.length]!;

function watchDialogs(page: Page): Dialog[] {
  const dialogs: Dialog[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog);
    void dialog.dismiss();
  });
  return dialogs;
}

test.describe('stored script injection', () => {
  test('names, descriptions and titles holding classic XSS payloads show as inert text on every page', async ({ page, browser, request }) => {
    test.setTimeout(180_000);
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(20);
    const dialogs = watchDialogs(page);
    const ownerName = payload(3);
    await signUp(page, { displayName: ownerName });
    const send = sessionApi(page);

    // Every payload as a workspace name, and all of them in one description.
    const description = XSS_PAYLOADS.join('\n');
    const main = await send<{ id: string }>('POST', '/api/workspaces', { name: payload(0), description });
    for (const name of XSS_PAYLOADS.slice(1)) await send('POST', '/api/workspaces', { name, description: name });

    // Partnerships titled and described with payloads in German, English and Ukrainian.
    const demo = (await (await request.get(`/api/partnerships/${(await demoRecords(request)).gruenauPartnership}`)).json()) as {
      parties: { place: { id: string } | null }[];
    };
    const parties = demo.parties.map((party) => ({ placeId: party.place!.id }));
    const partnerships: { id: string; index: number }[] = [];
    for (let index = 0; index < XSS_PAYLOADS.length; index += 3) {
      const created = await send<{ id: string }>('POST', '/api/partnerships', {
        workspaceId: main.id,
        kind: 'project_partnership',
        title: { de: payload(index), en: payload(index + 1), uk: payload(index + 2) },
        description: { de: payload(index + 1), en: payload(index + 2), uk: payload(index) },
        parties,
      });
      partnerships.push({ id: created.id, index });
    }
    const changed = partnerships[0]!;
    await send('PATCH', `/api/partnerships/${changed.id}`, { title: { de: payload(5), en: payload(6), uk: payload(7) }, description: { de: payload(8) } });

    await send('POST', '/api/me/tokens', { name: payload(10), scope: 'read' });
    const link = await send<{ link: string }>('POST', `/api/workspaces/${main.id}/invitations`, { role: 'member', language: 'de' });
    const invitationPath = new URL(link.link).pathname;
    const memberName = payload(1);

    // A second person joins through the link, with a payload as their name.
    const memberContext = await browser.newContext();
    const member = await memberContext.newPage();
    const memberDialogs = watchDialogs(member);
    await member.goto(invitationPath);
    await expect(member.getByRole('heading', { level: 1 })).toContainText(payload(0));
    await expect(member.getByRole('main')).toContainText(`${ownerName} lädt Sie ein`);
    await expectInert(member);
    await member.getByRole('link', { name: 'Konto anlegen und beitreten' }).click();
    await expect(member.getByRole('status').filter({ hasText: 'Einladung in den Arbeitsbereich' })).toContainText(payload(0));
    await expect(member.getByRole('status').filter({ hasText: 'Einladung in den Arbeitsbereich' })).toContainText(ownerName);
    await expectInert(member);
    await signUp(member, { displayName: memberName, invitationToken: invitationPath.split('/').at(-1)! });
    await member.goto(`/workspaces/${main.id}`);
    await expect(member.getByRole('heading', { level: 1 })).toHaveText(payload(0));
    await expectInert(member);
    expect(memberDialogs).toEqual([]);
    await memberContext.close();

    await test.step('workspaces list and switcher', async () => {
      await page.goto('/workspaces');
      const table = page.getByRole('table', { name: 'Ihre Arbeitsbereiche' });
      for (const name of XSS_PAYLOADS) await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
      const options = page.getByRole('combobox', { name: 'Arbeitsbereich' }).getByRole('option');
      await expect(options).toHaveCount(XSS_PAYLOADS.length);
      expect((await options.allTextContents()).sort()).toEqual([...XSS_PAYLOADS].sort());
      await expectInert(page);
    });

    await test.step('workspace page with members and description', async () => {
      await page.goto(`/workspaces/${main.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload(0));
      await expect(page).toHaveTitle(`${payload(0)} – Stadtdialog`);
      const intro = page.locator('.page-intro');
      for (const text of XSS_PAYLOADS) await expect(intro).toContainText(text);
      const members = page.getByRole('table', { name: /^Mitglieder von / });
      await expect(members.getByRole('rowheader', { name: ownerName })).toBeVisible();
      await expect(members.getByRole('rowheader', { name: memberName, exact: true })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Beschreibung', exact: true })).toHaveValue(description);
      await expectInert(page);
    });

    await test.step('audit log', async () => {
      await page.goto(`/workspaces/${main.id}/audit`);
      const table = page.getByRole('table', { name: 'Änderungen, neueste zuerst' });
      await expect(table.getByText(payload(5), { exact: true }).first()).toBeVisible();
      for (const text of XSS_PAYLOADS) await expect(table).toContainText(text);
      await expect(page.getByLabel('Person').getByRole('option', { name: memberName, exact: true })).toHaveCount(1);
      await expectInert(page);
    });

    await test.step('partnerships list', async () => {
      await page.goto('/partnerships');
      const table = page.getByRole('table', { name: 'Partnerschaften' });
      await expect(table.getByRole('link', { name: payload(5), exact: true })).toBeVisible();
      await expectInert(page);
    });

    for (const [language, offset, button] of [
      ['de', 0, 'Deutsch'],
      ['en', 1, 'English'],
      ['uk', 2, 'Українська'],
    ] as const) {
      await test.step(`partnership pages in ${language}`, async () => {
        for (const partnership of partnerships) {
          await page.goto(`/partnerships/${partnership.id}`);
          await page.getByRole('button', { name: button }).click();
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          const heading = page.getByRole('heading', { level: 1 });
          if (partnership === changed) {
            await expect(heading).toHaveText(payload(5 + offset));
            const history = page.getByRole('region', { name: /Änderungsverlauf|Change history|Історія змін/ });
            await expect(history.locator('del').filter({ hasText: payload(0) }).first()).toBeVisible();
            await expect(history.locator('ins').filter({ hasText: payload(5) }).first()).toBeVisible();
            await expect(history.locator('ins').filter({ hasText: payload(8) }).first()).toBeVisible();
          } else {
            await expect(heading).toHaveText(payload(partnership.index + offset));
            await expect(page.locator('.page-intro')).toHaveText(payload(partnership.index + ((offset + 1) % 3)));
          }
          await expectInert(page);
        }
      });
    }

    await test.step('profile and API tokens', async () => {
      await page.getByRole('button', { name: 'Deutsch' }).click();
      await page.goto('/profile');
      await expect(page.getByLabel('Name *', { exact: true })).toHaveValue(ownerName);
      await expect(page.locator('summary')).toHaveText(`Konto-Menü von ${ownerName}`);
      await expectInert(page);
      await page.goto('/profile/tokens');
      await expect(page.getByRole('table', { name: 'Ihre API-Tokens' }).getByRole('rowheader', { name: payload(10), exact: true })).toBeVisible();
      await expectInert(page);
    });

    expect(dialogs.map((dialog) => dialog.message())).toEqual([]);
  });
});
