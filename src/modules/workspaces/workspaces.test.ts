import { describe, expect, it } from 'vitest';
import { partnerships } from '../partnerships/partnerships.tables.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestBrowser, type TestBrowser } from '../../../test/support/test-browser.js';
import { lastMailTo, newEmail, tokenFromLink } from '../../../test/support/test-mail.js';

describe('workspaces, members and invitations', () => {
  const testApp = useTestApp({ demoData: false });
  const browser = () => createTestBrowser(testApp.current.app);
  const db = () => testApp.current.database.db;

  async function ownerWithWorkspace(name: string): Promise<{ owner: TestBrowser; workspaceId: string }> {
    const owner = browser();
    await owner.signUp({ email: newEmail(), displayName: `Owner of ${name}` });
    const created = await owner.post('/api/workspaces', { name });
    expect(created.statusCode).toBe(201);
    await owner.session();
    return { owner, workspaceId: created.json().id };
  }

  async function recordIn(workspaceId: string, title: string, visibility: 'workspace' | 'private' = 'workspace') {
    const [row] = await db().insert(partnerships).values({ workspaceId, visibility, kind: 'contact', title: { de: title } }).returning();
    return row!.id;
  }

  it('invites by e-mail; the invited person signs up from the link and sees the workspace, not others', async () => {
    const { owner, workspaceId } = await ownerWithWorkspace('Amt für Partnerschaften');
    const { workspaceId: otherWorkspace } = await ownerWithWorkspace('Anderes Netzwerk');
    const ours = await recordIn(workspaceId, 'Unsere interne Partnerschaft');
    const theirs = await recordIn(otherWorkspace, 'Fremde interne Partnerschaft');

    const email = newEmail();
    const invited = await owner.post(`/api/workspaces/${workspaceId}/invitations`, { email, role: 'member', language: 'en' });
    expect(invited.statusCode).toBe(201);
    const mail = await lastMailTo(db(), email);
    expect(mail?.subject).toContain('Amt für Partnerschaften');
    const token = tokenFromLink(mail!.text, '/invitations/');
    expect(invited.json().link).toContain(encodeURIComponent(token));

    const newcomer = browser();
    const preview = await newcomer.get(`/api/invitations/${encodeURIComponent(token)}`);
    expect(preview.json()).toMatchObject({ workspace: { name: 'Amt für Partnerschaften' }, role: 'member', email });
    const signedUp = await newcomer.signUp({ email, invitationToken: token });
    expect(signedUp.statusCode).toBe(201);
    const session = await newcomer.session();
    expect(session.user.emailVerified).toBe(true);
    expect(session.workspaces).toEqual([expect.objectContaining({ id: workspaceId, role: 'member' })]);

    expect((await newcomer.get(`/api/partnerships/${ours}`)).statusCode).toBe(200);
    expect((await newcomer.get(`/api/partnerships/${theirs}`)).statusCode).toBe(404);
    expect((await newcomer.get(`/api/workspaces/${otherWorkspace}`)).statusCode).toBe(404);
    const listed = (await newcomer.get('/api/partnerships')).json().items.map((item: { id: string }) => item.id);
    expect(listed).toContain(ours);
    expect(listed).not.toContain(theirs);

    // An e-mail invitation works once.
    expect((await browser().get(`/api/invitations/${encodeURIComponent(token)}`)).statusCode).toBe(404);
  });

  it('binds an e-mail invitation to its address', async () => {
    const { owner, workspaceId } = await ownerWithWorkspace('Stadtteilbüro');
    const invited = await owner.post(`/api/workspaces/${workspaceId}/invitations`, { email: newEmail(), role: 'guest' });
    const token = tokenFromLink(invited.json().link, '/invitations/');
    const someoneElse = browser();
    await someoneElse.signUp({ email: newEmail() });
    const refused = await someoneElse.post('/api/invitations/accept', { token });
    expect(refused.statusCode).toBe(403);
  });

  it('shares a link invitation with several people until it is withdrawn', async () => {
    const { owner, workspaceId } = await ownerWithWorkspace('Netzwerk Quartiersmanagement');
    const invited = await owner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'guest' });
    const token = tokenFromLink(invited.json().link, '/invitations/');
    for (let person = 0; person < 2; person++) {
      const guest = browser();
      await guest.signUp({ email: newEmail() });
      const accepted = await guest.post('/api/invitations/accept', { token });
      expect(accepted.json()).toEqual({ workspaceId, role: 'guest' });
    }
    const open = (await owner.get(`/api/workspaces/${workspaceId}/invitations`)).json().items;
    expect(open.map((item: { id: string }) => item.id)).toContain(invited.json().id);
    expect((await owner.delete(`/api/workspaces/${workspaceId}/invitations/${invited.json().id}`)).statusCode).toBe(204);
    const late = browser();
    await late.signUp({ email: newEmail() });
    expect((await late.post('/api/invitations/accept', { token })).statusCode).toBe(404);
    const members = (await owner.get(`/api/workspaces/${workspaceId}`)).json().members;
    expect(members.filter((member: { role: string }) => member.role === 'guest')).toHaveLength(2);
  });

  it('lets owners change roles and remove members, but never loses the last owner', async () => {
    const { owner, workspaceId } = await ownerWithWorkspace('Koordinierungsstelle');
    const invited = await owner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'guest' });
    const token = tokenFromLink(invited.json().link, '/invitations/');
    const helper = browser();
    await helper.signUp({ email: newEmail() });
    await helper.post('/api/invitations/accept', { token });
    const helperId = (await helper.session()).user.id;
    const ownerId = (await owner.session()).user.id;

    expect((await helper.patch(`/api/workspaces/${workspaceId}/members/${ownerId}`, { role: 'guest' })).statusCode).toBe(403);
    expect((await helper.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'owner' })).statusCode).toBe(403);
    const lastOwner = await owner.patch(`/api/workspaces/${workspaceId}/members/${ownerId}`, { role: 'member' });
    expect(lastOwner.statusCode).toBe(400);
    expect(lastOwner.json().errors[0].field).toBe('body.role');
    expect((await owner.delete(`/api/workspaces/${workspaceId}/members/${ownerId}`)).statusCode).toBe(409);

    expect((await owner.patch(`/api/workspaces/${workspaceId}/members/${helperId}`, { role: 'coordinator' })).statusCode).toBe(204);
    await helper.session();
    expect((await helper.get(`/api/workspaces/${workspaceId}`)).json().role).toBe('coordinator');
    expect((await helper.delete(`/api/workspaces/${workspaceId}/members/${helperId}`)).statusCode).toBe(204);
    expect((await helper.get(`/api/workspaces/${workspaceId}`)).statusCode).toBe(404);
  });

  it('rejects invalid input naming the field', async () => {
    const { owner, workspaceId } = await ownerWithWorkspace('Validierung');
    const badSlug = await owner.post('/api/workspaces', { name: 'Zweiter', slug: 'Not A Slug' });
    expect(badSlug.json().errors[0].field).toBe('body.slug');
    const badRole = await owner.post(`/api/workspaces/${workspaceId}/invitations`, { role: 'admin' });
    expect(badRole.json().errors[0].field).toBe('body.role');
    const badEmail = await owner.post(`/api/workspaces/${workspaceId}/invitations`, { email: 'nobody', role: 'guest' });
    expect(badEmail.json().errors[0].field).toBe('body.email');
  });
});
