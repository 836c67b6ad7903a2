import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../../../core/auth/viewer.js';
import type { DbExecutor } from '../../../../core/db/client.js';
import { visibleTo } from '../../../../core/records/record-visibility.js';
import { searchThesaurus } from '../search.tables.js';

export type ThesaurusRow = typeof searchThesaurus.$inferSelect;
export type ThesaurusInsert = typeof searchThesaurus.$inferInsert;

/** The order of the list: the first German term, else the first English or Ukrainian one. */
const sortTerm = sql<string>`lower(public.immutable_unaccent(coalesce(${searchThesaurus.terms}->'de'->>0, ${searchThesaurus.terms}->'en'->>0, ${searchThesaurus.terms}->'uk'->>0, '')))`;

export async function listThesaurusRows(
  db: DbExecutor,
  viewer: Viewer,
  filter: { q?: string; workspaceId?: string },
  page: { limit: number; after?: { sortTerm: string; id: string } },
): Promise<(ThesaurusRow & { sortTerm: string })[]> {
  const conditions: SQL[] = [visibleTo(viewer, searchThesaurus)];
  if (filter.workspaceId) conditions.push(eq(searchThesaurus.workspaceId, filter.workspaceId));
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(sql`lower(public.immutable_unaccent(${searchThesaurus.terms}::text)) LIKE lower(public.immutable_unaccent(${pattern}))`);
  }
  if (page.after) conditions.push(sql`(${sortTerm}, ${searchThesaurus.id}) > (${page.after.sortTerm}, ${page.after.id}::uuid)`);
  return db
    .select({ row: searchThesaurus, sortTerm })
    .from(searchThesaurus)
    .where(and(...conditions))
    .orderBy(sortTerm, searchThesaurus.id)
    .limit(page.limit + 1)
    .then((rows) => rows.map(({ row, sortTerm }) => ({ ...row, sortTerm })));
}

export async function findThesaurusRow(db: DbExecutor, id: string): Promise<ThesaurusRow | undefined> {
  const [row] = await db.select().from(searchThesaurus).where(eq(searchThesaurus.id, id));
  return row;
}

export async function insertThesaurusRow(db: DbExecutor, values: ThesaurusInsert): Promise<ThesaurusRow> {
  const [row] = await db.insert(searchThesaurus).values(values).returning();
  return row!;
}

export async function updateThesaurusRow(db: DbExecutor, id: string, values: Partial<ThesaurusInsert>): Promise<ThesaurusRow> {
  const [row] = await db
    .update(searchThesaurus)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(searchThesaurus.id, id))
    .returning();
  return row!;
}

export async function deleteThesaurusRow(db: DbExecutor, id: string): Promise<void> {
  await db.delete(searchThesaurus).where(eq(searchThesaurus.id, id));
}
