import { expect, test } from '@playwright/test';
import { signUp } from './support/accounts.js';

test.describe('API tokens', () => {
  test('a token is shown once, works as a Bearer token, and stops working when revoked', async ({ page, request }) => {
    const account = await signUp(page, { displayName: 'Sabine Richter' });
    await page.goto('/profile');
    await page.getByRole('link', { name: 'Zugänge für Programme verwalten Sie unter API-Tokens.' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('API-Tokens');
    await expect(page.getByText('Sie haben noch keine Tokens erstellt.')).toBeVisible();

    await page.getByLabel('Bezeichnung').fill('Export für den Jahresbericht');
    await page.getByRole('radio', { name: 'Lesen und schreiben' }).check();
    await page.getByRole('combobox', { name: 'Gültigkeit' }).selectOption({ label: '30 Tage' });
    await page.getByRole('button', { name: 'Token erstellen' }).click();

    const shown = page.locator('.new-secret');
    await expect(shown).toBeFocused();
    await expect(shown).toContainText('Ihr neues Token „Export für den Jahresbericht“');
    await expect(shown).toContainText('Es wird nur dieses eine Mal angezeigt');
    const token = await shown.getByLabel('Token').inputValue();
    expect(token.length).toBeGreaterThan(20);

    const table = page.getByRole('table', { name: 'Ihre API-Tokens' });
    const row = table.getByRole('row').filter({ hasText: 'Export für den Jahresbericht' });
    await expect(row).toContainText('Lesen und schreiben');
    await expect(row).toContainText('Aktiv');
    await expect(row).toContainText('noch nie');
    const prefix = (await row.locator('code').innerText()).replace('…', '');
    expect(prefix.length).toBeGreaterThan(3);
    expect(token.startsWith(prefix)).toBe(true);

    // Shown once: after leaving the page the token is gone from the interface.
    await page.reload();
    await expect(table.getByRole('row').filter({ hasText: 'Export für den Jahresbericht' })).toBeVisible();
    await expect(page.locator('.new-secret')).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText(token);

    const me = await request.get('/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe(account.email);
    const created = await request.post('/api/workspaces', {
      headers: { authorization: `Bearer ${token}` },
      data: { name: 'Über die API angelegt' },
    });
    expect(created.status()).toBe(201);
    const workspace = (await created.json()) as { id: string };
    await page.reload();
    await expect(row).not.toContainText('noch nie');

    await page.goto(`/workspaces/${workspace.id}/audit`);
    const event = page.getByRole('table', { name: 'Änderungen, neueste zuerst' }).getByRole('row').filter({ hasText: 'Über die API angelegt' });
    await expect(event).toContainText('Sabine Richter (über API-Token)');
    await page.goto('/profile/tokens');

    await row.getByRole('button', { name: 'Token „Export für den Jahresbericht“ widerrufen' }).click();
    await row.getByRole('button', { name: 'Ja, widerrufen' }).click();
    await expect(row).toContainText('Widerrufen');
    await expect(row.getByRole('button')).toHaveCount(0);

    const refused = await request.get('/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
  });
});
