import { randomBytes } from 'node:crypto';
import { beforeAll } from 'vitest';
import type { WorkspaceRole } from '../../src/core/auth/viewer.js';
import { generateSecretToken, hashSecretToken } from '../../src/core/auth/secret-token.js';
import type { Db } from '../../src/core/db/client.js';
import { users } from '../../src/modules/accounts/users.tables.js';
import { insertToken } from '../../src/modules/api-tokens/api-tokens.repository.js';
import type { TokenScope } from '../../src/modules/api-tokens/api-tokens.types.js';
import { memberships, workspaces } from '../../src/modules/workspaces/workspaces.tables.js';
import type { TestApp } from './test-app.js';

export interface TestUser {
  id: string;
  email: string;
  token: string;
  /** Headers that authenticate a request as this user: `app.inject({ headers: user.headers, … })`. */
  headers: { authorization: string };
}

export async function createTestWorkspace(db: Db, name = 'Test workspace'): Promise<{ id: string; slug: string; name: string }> {
  const slug = `ws-${randomBytes(4).toString('hex')}`;
  const [workspace] = await db.insert(workspaces).values({ slug, name }).returning();
  return workspace!;
}

/** A user with an API token, optionally a member of workspaces with the given roles. */
export async function createTestUser(
  db: Db,
  options: { memberships?: [workspaceId: string, role: WorkspaceRole][]; scope?: TokenScope; name?: string } = {},
): Promise<TestUser> {
  const email = `user-${randomBytes(5).toString('hex')}@example.org`;
  const [user] = await db
    .insert(users)
    .values({ email, displayName: options.name ?? email.split('@')[0]!, emailVerifiedAt: new Date() })
    .returning();
  for (const [workspaceId, role] of options.memberships ?? []) {
    await db.insert(memberships).values({ workspaceId, userId: user!.id, role });
  }
  const token = generateSecretToken('sdt');
  await insertToken(db, {
    userId: user!.id,
    name: 'test',
    scope: options.scope ?? 'write',
    tokenHash: hashSecretToken(token),
    prefix: token.slice(0, 8),
  });
  return { id: user!.id, email, token, headers: { authorization: `Bearer ${token}` } };
}

/** A new workspace with one user per role asked for: `await workspaceWithUsers(db, 'Förderung', { user: 'coordinator' })`. */
export async function workspaceWithUsers<Key extends string>(
  db: Db,
  name: string,
  roles: Record<Key, WorkspaceRole>,
): Promise<{ workspace: Awaited<ReturnType<typeof createTestWorkspace>> } & Record<Key, TestUser>> {
  const workspace = await createTestWorkspace(db, name);
  const users = {} as Record<Key, TestUser>;
  for (const [key, role] of Object.entries(roles) as [Key, WorkspaceRole][]) users[key] = await createTestUser(db, { memberships: [[workspace.id, role]] });
  return { workspace, ...users };
}

/**
 * `workspaceWithUsers`, created before the tests of the surrounding `describe` run. The objects
 * are handed out at once and filled in then, so a test file can name them where it starts:
 * `const { workspace, coordinator } = useWorkspaceWithUsers(testApp, 'Tabellen', { coordinator: 'coordinator' })`.
 */
export function useWorkspaceWithUsers<Key extends string>(
  testApp: { readonly current: TestApp },
  name: string,
  roles: Record<Key, WorkspaceRole>,
): { workspace: { id: string } } & Record<Key, TestUser> {
  const workspace = { id: '' };
  const users = Object.fromEntries(Object.keys(roles).map((key) => [key, {} as TestUser])) as Record<Key, TestUser>;
  beforeAll(async () => {
    const created = await workspaceWithUsers(testApp.current.database.db, name, roles);
    workspace.id = created.workspace.id;
    for (const key of Object.keys(roles) as Key[]) Object.assign(users[key], created[key]);
  });
  return { workspace, ...users };
}
