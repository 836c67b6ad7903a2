import type { Page } from '@playwright/test';
import type { UiLanguage } from './chooseLanguage.js';

/** Long enough and not on any list of common passwords. */
export const PASSWORD = 'Plattenbau trifft Dnipro 2018';

let counter = 0;

/** An address no other test (or earlier run) has used. */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}@example.org`;
}

export interface TestAccount {
  id: string;
  email: string;
  displayName: string;
  password: string;
}

/** Signs up through the API in the page's browser context, which is then signed in. */
export async function signUp(
  page: Page,
  options: { email?: string; displayName?: string; language?: UiLanguage; invitationToken?: string } = {},
): Promise<TestAccount> {
  const email = options.email ?? uniqueEmail('person');
  const displayName = options.displayName ?? 'Anna Beispiel';
  const response = await page.request.post('/api/auth/sign-up', {
    data: {
      email,
      password: PASSWORD,
      displayName,
      language: options.language ?? 'de',
      ...(options.invitationToken ? { invitationToken: options.invitationToken } : {}),
    },
  });
  if (response.status() !== 201) throw new Error(`sign-up answered ${response.status()}: ${await response.text()}`);
  const { user } = (await response.json()) as { user: { id: string } };
  return { id: user.id, email, displayName, password: PASSWORD };
}
