import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestBrowser } from '../../../test/support/test-browser.js';
import { lastMailTo, newEmail, tokenFromLink } from '../../../test/support/test-mail.js';
import { oneTimeTokens, sessions } from './accounts.tables.js';

describe('accounts', () => {
  const testApp = useTestApp({ demoData: false });
  const browser = () => createTestBrowser(testApp.current.app);
  const db = () => testApp.current.database.db;

  it('signs up, keeps the session in a secure cookie and confirms the e-mail address by a single-use link', async () => {
    const alice = browser();
    const email = newEmail();
    const response = await alice.signUp({ email, displayName: 'Alice Weber' });
    expect(response.statusCode).toBe(201);
    const cookie = response.cookies.find((entry) => entry.name === 'sd_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const session = await alice.session();
    expect(session.user).toMatchObject({ email, displayName: 'Alice Weber', emailVerified: false, hasPassword: true });

    const mail = await lastMailTo(db(), email);
    expect(mail?.subject).toContain('E-Mail-Adresse');
    expect(mail?.text).toContain('http://stadtdialog.test/verify-email/');
    const token = tokenFromLink(mail!.text, '/verify-email/');
    expect((await alice.post('/api/auth/verify-email', { token })).statusCode).toBe(204);
    expect((await alice.session()).user.emailVerified).toBe(true);

    const again = await alice.post('/api/auth/verify-email', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].field).toBe('body.token');
  });

  it('refuses weak passwords and taken addresses, naming the field', async () => {
    const bob = browser();
    const email = newEmail();
    const short = await bob.signUp({ email, password: 'too short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([{ field: 'body.password', code: 'password_too_short', params: { min: 12 }, message: 'must be at least 12 characters long' }]);
    const common = await bob.signUp({ email, password: 'passwordpassword' });
    expect(common.json().errors[0]).toMatchObject({ field: 'body.password', code: 'password_common', message: expect.stringContaining('commonly used') });
    const own = await bob.signUp({ email, password: email });
    expect(own.json().errors[0].field).toBe('body.password');
    const badEmail = await bob.signUp({ email: 'not-an-address' });
    expect(badEmail.json().errors[0].field).toBe('body.email');

    expect((await bob.signUp({ email })).statusCode).toBe(201);
    const taken = await browser().signUp({ email: email.toUpperCase() });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].field).toBe('body.email');
  });

  it('signs in with a fresh session id, and never says which part was wrong', async () => {
    const email = newEmail();
    await browser().signUp({ email });
    const carol = browser();
    await carol.session();
    carol.cookies.set('sd_session', 'sds_planted-by-an-attacker');
    const wrong = await carol.signIn(email, 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    const unknown = await carol.signIn(newEmail());
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);

    const right = await carol.signIn(email);
    expect(right.statusCode).toBe(200);
    const issued = carol.cookies.get('sd_session')!;
    expect(issued).not.toBe('sds_planted-by-an-attacker');
    const before = carol.cookies.get('sd_session');
    await carol.signIn(email);
    expect(carol.cookies.get('sd_session')).not.toBe(before);
    const stale = browser();
    stale.cookies.set('sd_session', before!);
    expect((await stale.session()).user).toBeNull();
  });

  it('requires the CSRF token for changes made with the session cookie', async () => {
    const dave = browser();
    await dave.signUp({ email: newEmail() });
    const without = await dave.post('/api/workspaces', { name: 'Partnerschaftsbüro' }, { csrf: false });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_token_invalid');
    const withToken = await dave.post('/api/workspaces', { name: 'Partnerschaftsbüro' });
    expect(withToken.statusCode).toBe(201);
  });

  it('signs out here, or everywhere', async () => {
    const email = newEmail();
    const laptop = browser();
    await laptop.signUp({ email });
    const phone = browser();
    await phone.signIn(email);
    const tablet = browser();
    await tablet.signIn(email);

    expect((await tablet.post('/api/auth/sign-out')).statusCode).toBe(204);
    expect((await tablet.session()).user).toBeNull();
    expect((await phone.session()).user).not.toBeNull();

    const everywhere = await laptop.post('/api/auth/sign-out-everywhere');
    expect(everywhere.json().endedSessions).toBe(2);
    expect((await phone.session()).user).toBeNull();
    expect((await laptop.session()).user).toBeNull();
  });

  it('resets a forgotten password by e-mail, ending every session', async () => {
    const email = newEmail();
    const erin = browser();
    await erin.signUp({ email });
    const stranger = browser();
    await stranger.session();
    expect((await stranger.post('/api/auth/password-reset', { email: newEmail() })).statusCode).toBe(202);
    expect((await stranger.post('/api/auth/password-reset', { email })).statusCode).toBe(202);

    const mail = await lastMailTo(db(), email);
    const token = tokenFromLink(mail!.text, '/reset-password/');
    const weak = await stranger.post('/api/auth/password-reset/confirm', { token, password: 'short' });
    expect(weak.statusCode).toBe(400);
    // A refused attempt does not use the link up: the transaction rolled back.
    const done = await stranger.post('/api/auth/password-reset/confirm', { token, password: 'a brand new passphrase' });
    expect(done.statusCode).toBe(204);
    expect((await erin.session()).user).toBeNull();
    expect((await browser().signIn(email, 'a brand new passphrase')).statusCode).toBe(200);
    expect((await browser().signIn(email)).statusCode).toBe(401);
    const reused = await stranger.post('/api/auth/password-reset/confirm', { token, password: 'yet another passphrase' });
    expect(reused.statusCode).toBe(400);
  });

  it('lets reset links expire', async () => {
    const email = newEmail();
    await browser().signUp({ email });
    const frank = browser();
    await frank.session();
    await frank.post('/api/auth/password-reset', { email });
    const token = tokenFromLink((await lastMailTo(db(), email))!.text, '/reset-password/');
    await db().update(oneTimeTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(oneTimeTokens.purpose, 'reset_password'));
    const late = await frank.post('/api/auth/password-reset/confirm', { token, password: 'a brand new passphrase' });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0].message).toContain('expired');
  });

  it('limits failed sign-ins per account with 429 and Retry-After', async () => {
    const email = newEmail();
    await browser().signUp({ email });
    const attacker = browser();
    await attacker.session();
    let last;
    for (let attempt = 0; attempt < 11; attempt++) last = await attacker.post('/api/auth/sign-in', { email, password: `guess number ${attempt}` });
    expect(last!.statusCode).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.json().code).toBe('rate_limited');
    // Even the right password waits until the window has passed.
    expect((await attacker.post('/api/auth/sign-in', { email, password: 'a long enough passphrase' })).statusCode).toBe(429);
  });

  it('changes profile and password; a new address must be confirmed again', async () => {
    const email = newEmail();
    const gina = browser();
    await gina.signUp({ email });
    const other = browser();
    await other.signIn(email);

    const renamed = await gina.patch('/api/me', { displayName: 'Gina Kowalenko', language: 'uk' });
    expect(renamed.json()).toMatchObject({ displayName: 'Gina Kowalenko', language: 'uk' });
    const moved = newEmail();
    const changed = await gina.patch('/api/me', { email: moved });
    expect(changed.json()).toMatchObject({ email: moved, emailVerified: false });
    expect((await lastMailTo(db(), moved))?.subject).toContain('підтвердіть');

    const wrongCurrent = await gina.put('/api/me/password', { currentPassword: 'nope', newPassword: 'another good passphrase' });
    expect(wrongCurrent.json().errors[0].field).toBe('body.currentPassword');
    const ok = await gina.put('/api/me/password', { currentPassword: 'a long enough passphrase', newPassword: 'another good passphrase' });
    expect(ok.statusCode).toBe(204);
    expect((await gina.session()).user).not.toBeNull();
    expect((await other.session()).user).toBeNull();
    const rows = await db().select().from(sessions);
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('API tokens', () => {
  const testApp = useTestApp({ demoData: false });

  it('are shown once, stored hashed, scoped, and revocable', async () => {
    const { app } = testApp.current;
    const harald = createTestBrowser(app);
    await harald.signUp({ email: newEmail() });
    const created = await harald.post('/api/me/tokens', { name: 'Nightly export', scope: 'read' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^sdt_/);

    const listed = (await harald.get('/api/me/tokens')).json().items;
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(listed[0]).toMatchObject({ name: 'Nightly export', scope: 'read', prefix: token.slice(0, 10) });

    const viaToken = { authorization: `Bearer ${token}` };
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: viaToken });
    expect(me.statusCode).toBe(200);
    const readOnly = await app.inject({ method: 'POST', url: '/api/workspaces', headers: viaToken, payload: { name: 'Nope' } });
    expect(readOnly.statusCode).toBe(403);
    const noTokenManagement = await app.inject({ method: 'GET', url: '/api/me/tokens', headers: viaToken });
    expect(noTokenManagement.statusCode).toBe(403);
    expect((await harald.get('/api/me/tokens')).json().items[0].lastUsedAt).not.toBeNull();

    expect((await harald.delete(`/api/me/tokens/${id}`)).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: viaToken })).statusCode).toBe(401);
  });
});

describe('closed sign-up', () => {
  const testApp = useTestApp({ demoData: false, env: { STADTDIALOG_SIGNUP: 'closed' } });

  it('refuses new accounts without an invitation', async () => {
    const visitor = createTestBrowser(testApp.current.app);
    const session = await visitor.session();
    expect(session.signUpOpen).toBe(false);
    const response = await visitor.signUp({ email: newEmail() });
    expect(response.statusCode).toBe(403);
  });
});
