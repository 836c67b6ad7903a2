import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, closeTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { createTestBrowser } from '../../../../test/support/test-browser.js';
import { startTestOidcProvider, type TestIdentity } from '../../../../test/support/oidc-test-provider.js';

const PUBLIC_URL = 'http://stadtdialog.test';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;

/** Follows redirects inside the provider, keeping its cookies, until it sends the browser back to us. */
async function throughProvider(start: string): Promise<string> {
  const jar = new Map<string, string>();
  let location = start;
  for (let hop = 0; hop < 10; hop++) {
    if (location.startsWith(CALLBACK)) return location;
    const response = await fetch(location, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
    const next = response.headers.get('location');
    if (!next) throw new Error(`The provider answered ${response.status} without redirect: ${await response.text()}`);
    location = new URL(next, location).href;
  }
  throw new Error('Too many redirects at the provider');
}

async function signOnAs(app: FastifyInstance, provider: Awaited<ReturnType<typeof startTestOidcProvider>>, identity: TestIdentity, returnTo = '/partnerships') {
  provider.signInAs.current = identity;
  const browser = createTestBrowser(app);
  const start = await browser.get(`/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`);
  expect(start.statusCode).toBe(303);
  expect(start.headers.location).toMatch(new RegExp(`^${provider.issuer}/auth\\?`));
  const callback = await throughProvider(String(start.headers.location));
  const back = await browser.get(callback.slice(PUBLIC_URL.length));
  return { browser, back };
}

describe('single sign-on with OpenID Connect', () => {
  let provider: Awaited<ReturnType<typeof startTestOidcProvider>>;
  let open: TestApp;
  let closed: TestApp;

  beforeAll(async () => {
    provider = await startTestOidcProvider({ clientId: 'stadtdialog', clientSecret: 'a client secret', redirectUri: CALLBACK });
    const env = { PUBLIC_URL, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'stadtdialog', OIDC_CLIENT_SECRET: 'a client secret', OIDC_DISPLAY_NAME: 'Stadtverwaltung' };
    open = await createTestApp({ demoData: false, env });
    closed = await createTestApp({ demoData: false, env: { ...env, STADTDIALOG_SIGNUP: 'closed' } });
  });
  afterAll(async () => {
    await closeTestApp(open);
    await closeTestApp(closed);
    await provider.close();
  });

  it('offers the provider and signs a new person in, creating the account', async () => {
    const session = await createTestBrowser(open.app).session();
    expect(session.singleSignOn).toEqual({ displayName: 'Stadtverwaltung', startUrl: '/api/auth/oidc/start' });

    const { browser, back } = await signOnAs(open.app, provider, { sub: 'olena-1', email: 'olena@example.org', name: 'Olena Kovalenko' });
    expect(back.statusCode).toBe(303);
    expect(back.headers.location).toBe('/partnerships');
    const signedIn = await browser.session();
    expect(signedIn.user).toMatchObject({ email: 'olena@example.org', displayName: 'Olena Kovalenko', emailVerified: true, hasPassword: false });

    const again = await signOnAs(open.app, provider, { sub: 'olena-1', email: 'olena@example.org', name: 'Olena Kovalenko' });
    expect((await again.browser.session()).user.id).toBe(signedIn.user.id);
  });

  it('links a confirmed address to the existing account with that address', async () => {
    const existing = createTestBrowser(open.app);
    await existing.signUp({ email: 'jonas@example.org', displayName: 'Jonas Richter' });
    const userId = (await existing.session()).user.id;
    const { browser } = await signOnAs(open.app, provider, { sub: 'jonas-7', email: 'jonas@example.org', name: 'J. Richter' });
    expect((await browser.session()).user).toMatchObject({ id: userId, displayName: 'Jonas Richter' });
  });

  it('does not link an address the provider has not confirmed', async () => {
    const existing = createTestBrowser(open.app);
    await existing.signUp({ email: 'maria@example.org' });
    const userId = (await existing.session()).user.id;
    const { browser, back } = await signOnAs(open.app, provider, { sub: 'maria-x', email: 'maria@example.org', name: 'Maria', emailVerified: false });
    expect(back.headers.location).toBe('/sign-in?signOn=address-taken');
    expect((await browser.session()).user).toBeNull();
    expect((await existing.session()).user.id).toBe(userId);
  });

  it('refuses unknown people when sign-up is closed', async () => {
    const { browser, back } = await signOnAs(closed.app, provider, { sub: 'stranger-1', email: 'stranger@example.org', name: 'Stranger' });
    expect(back.headers.location).toBe('/sign-in?signOn=no-account');
    expect((await browser.session()).user).toBeNull();
  });

  it('never returns to another site and rejects a callback without its flow cookie', async () => {
    const { back } = await signOnAs(open.app, provider, { sub: 'olena-1', email: 'olena@example.org', name: 'Olena' }, '//evil.example/steal');
    expect(back.headers.location).toBe('/');
    const stray = await createTestBrowser(open.app).get('/api/auth/oidc/callback?code=x&state=y');
    expect(stray.headers.location).toBe('/sign-in?signOn=expired');
  });
});
