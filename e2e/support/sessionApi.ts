import type { Page } from '@playwright/test';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Changes through the API as the browser's signed-in user: the page's cookies and the session's
 * CSRF token, as the web app itself sends them. For test set-up; failures throw.
 */
export function sessionApi(page: Page) {
  return async function send<T = unknown>(method: Method, path: string, data?: unknown): Promise<T> {
    const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const response = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': session.csrfToken } });
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
}
