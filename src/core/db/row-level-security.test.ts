import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../modules/accounts/users.tables.js';
import { DEMO_WORKSPACE_ID, seedDemo } from '../../demo/demo-seed.js';
import { partnerships } from '../../modules/partnerships/partnerships.tables.js';
import { memberships } from '../../modules/workspaces/workspaces.tables.js';
import { useTestDatabase } from '../../../test/support/test-database.js';
import type { Viewer, WorkspaceRole } from '../auth/viewer.js';
import { createLogger } from '../logger.js';
import { detectApplicationRole } from './application-role.js';
import { createServiceContext } from './viewer-transaction.js';

describe('row-level security (the second wall)', () => {
  const database = useTestDatabase();

  let prepared: ReturnType<typeof prepare> | undefined;
  const setUp = () => (prepared ??= prepare());

  async function prepare() {
    const { db, pool } = database.current;
    await seedDemo(db, { gazetteer: false });
    const applicationRole = await detectApplicationRole(pool, createLogger('silent'));
    expect(applicationRole).toBe('stadtdialog_app');
    const [member] = await db.insert(users).values({ email: 'member@example.org', displayName: 'Member' }).returning();
    const [outsider] = await db.insert(users).values({ email: 'outsider@example.org', displayName: 'Outsider' }).returning();
    await db.insert(memberships).values({ workspaceId: DEMO_WORKSPACE_ID, userId: member!.id, role: 'member' });
    const [hidden] = await db
      .insert(partnerships)
      .values({ workspaceId: DEMO_WORKSPACE_ID, visibility: 'workspace', kind: 'contact', title: { de: 'Nur für Mitglieder' } })
      .returning();
    const as = (viewer: Viewer) => createServiceContext({ db, applicationRole }, viewer);
    const user = (id: string, roles: [string, WorkspaceRole][] = [], scope: 'read' | 'write' | null = null): Viewer => ({
      kind: 'user',
      userId: id,
      roles: new Map(roles),
      via: scope ? { kind: 'token', tokenId: 't', scope } : { kind: 'session', sessionId: 's' },
    });
    return { as, user, member: member!, outsider: outsider!, hidden: hidden! };
  }

  it('filters rows by the viewer even when a query forgets to', async () => {
    const { as, user, member, outsider, hidden } = await setUp();
    const everything = (viewer: Viewer) => as(viewer).transaction((tx) => tx.select({ id: partnerships.id }).from(partnerships));

    const anonymous = (await everything({ kind: 'anonymous' })).map((row) => row.id);
    expect(anonymous).toHaveLength(2);
    expect(anonymous).not.toContain(hidden.id);
    expect((await everything(user(outsider.id))).map((row) => row.id)).not.toContain(hidden.id);
    // The member's role comes from the memberships table, not from what the application claims.
    expect((await everything(user(member.id))).map((row) => row.id)).toContain(hidden.id);
  });

  it('refuses writes the policies do not allow', async () => {
    const { as, user, member, outsider } = await setUp();
    const insertAs = (viewer: Viewer, createdBy: string) =>
      as(viewer).transaction((tx) =>
        tx.insert(partnerships).values({ workspaceId: DEMO_WORKSPACE_ID, kind: 'contact', title: { de: 'Neu' }, createdBy }),
      );
    await expectPolicyViolation(insertAs(user(outsider.id), outsider.id));
    await expectPolicyViolation(insertAs(user(member.id, [], 'read'), member.id));
    await expectPolicyViolation(insertAs(user(member.id), outsider.id));
    await expect(insertAs(user(member.id), member.id)).resolves.toBeDefined();

    const renamed = await as(user(member.id)).transaction((tx) =>
      tx.update(partnerships).set({ title: { de: 'Fremd geändert' } }).where(eq(partnerships.kind, 'city_twinning')).returning(),
    );
    expect(renamed).toEqual([]);
  });

  it('reads a child table with its read policy only, looking the parent up by key for each row', async () => {
    const { pool } = database.current;
    const policies = await pool.query<{ table: string; name: string; command: string; qual: string | null }>(
      `SELECT tablename AS table, policyname AS name, cmd AS command, qual FROM pg_policies WHERE schemaname = 'public'`,
    );
    const readPolicies = policies.rows.filter((policy) => policy.command === 'SELECT' && policy.qual?.startsWith('(EXISTS ( SELECT 1'));
    expect(readPolicies.map((policy) => policy.table)).toEqual(expect.arrayContaining(['exchange_organizations', 'project_partners', 'document_links']));
    // A FOR ALL policy would be OR-ed into every read of the table.
    expect(policies.rows.filter((policy) => policy.command === 'ALL' && readPolicies.some((read) => read.table === policy.table))).toEqual([]);
    for (const policy of readPolicies) expect(policy.qual, policy.table).toMatch(/OFFSET 0\)\)$/);
  });
});

async function expectPolicyViolation(attempt: Promise<unknown>) {
  const error = await attempt.then(
    () => null,
    (caught: Error & { cause?: Error }) => caught,
  );
  expect(error, 'the write should have been refused').not.toBeNull();
  expect(error?.cause?.message ?? error?.message).toMatch(/violates row-level security policy/);
}
