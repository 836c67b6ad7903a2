import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { affiliations, people, personThemes } from './people.tables.js';
import { existsIn, findRowsIn, keysetPageRows, linksOf, recordRowsOf } from '../../core/db/rows.js';
import { likeContains } from '../../core/db/like-pattern.js';
import { type KeysetPage } from '../../core/db/list-filters.js';

export type PersonRow = typeof people.$inferSelect;
export type PersonInsert = typeof people.$inferInsert;
export type AffiliationRow = typeof affiliations.$inferSelect;

export const { visibleByIds: findPeopleByIds, find: findPersonRow, insert: insertPersonRow, update: updatePersonRow, remove: deletePersonRow } = recordRowsOf(people);

export async function findPersonIdsOfUser(db: DbExecutor, userId: string): Promise<string[]> {
  const rows = await db.select({ id: people.id }).from(people).where(eq(people.userId, userId));
  return rows.map((row) => row.id);
}

export interface PersonFilter {
  organizationId?: string;
  themeId?: string;
  language?: string;
  q?: string;
}

export async function listPersonRows(db: DbExecutor, viewer: Viewer, filter: PersonFilter, page: KeysetPage<'sortName'>): Promise<PersonRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, people)];
  if (filter.language) conditions.push(sql`${filter.language} = ANY(${people.languages})`);
  if (filter.q) conditions.push(sql`${people.sortName} LIKE public.immutable_unaccent(${likeContains(filter.q)})`);
  if (filter.organizationId) {
    conditions.push(existsIn(db, affiliations, eq(affiliations.personId, people.id), eq(affiliations.organizationId, filter.organizationId)));
  }
  if (filter.themeId) {
    conditions.push(existsIn(db, personThemes, eq(personThemes.personId, people.id), eq(personThemes.themeId, filter.themeId)));
  }
  return keysetPageRows(db, people, 'sortName', conditions, page);
}

export function findAffiliationRows(db: DbExecutor, personIds: string[]): Promise<AffiliationRow[]> {
  return findRowsIn(db, affiliations, affiliations.personId, personIds, sql`${affiliations.toDate} IS NULL DESC`, sql`${affiliations.fromDate} DESC NULLS LAST`);
}

/** The people of an organization the viewer may see, current affiliations first. */
export async function findMembersOf(db: DbExecutor, viewer: Viewer, organizationId: string): Promise<{ affiliation: AffiliationRow; person: PersonRow }[]> {
  const rows = await db
    .select({ affiliation: affiliations, person: people })
    .from(affiliations)
    .innerJoin(people, eq(people.id, affiliations.personId))
    .where(and(eq(affiliations.organizationId, organizationId), visibleTo(viewer, people)))
    .orderBy(sql`${affiliations.toDate} IS NULL DESC`, asc(people.sortName))
    .limit(500);
  return rows;
}

export async function replaceAffiliations(db: DbExecutor, personId: string, rows: Omit<typeof affiliations.$inferInsert, 'personId'>[]): Promise<void> {
  await db.delete(affiliations).where(eq(affiliations.personId, personId));
  if (rows.length > 0) await db.insert(affiliations).values(rows.map((row) => ({ ...row, personId })));
}

export const { idsByRecord: findPersonThemeIds, replace: replacePersonThemeIds } = linksOf(personThemes, 'personId', 'themeId');

export async function redactPersonHistory(db: DbExecutor, personId: string): Promise<number> {
  const result = await db.execute<{ redacted: number }>(sql`SELECT app_redact_history('people'::regclass, 'person', ${personId}::uuid) AS redacted`);
  return Number(result.rows[0]?.redacted ?? 0);
}

/** People whose family and given name resemble the given ones (trigram similarity of the sort name), erased ones left out. */
export async function findSimilarPersonRows(db: DbExecutor, viewer: Viewer, wanted: { givenName: string; familyName: string }, limit: number): Promise<PersonRow[]> {
  const typed = sql`public.immutable_unaccent(${`${wanted.familyName} ${wanted.givenName}`.trim().toLowerCase()})`;
  return db
    .select()
    .from(people)
    .where(and(visibleTo(viewer, people), sql`${people.erasedAt} IS NULL`, sql`(${people.sortName} = ${typed} OR ${people.sortName} % ${typed})`))
    .orderBy(sql`similarity(${people.sortName}, ${typed}) DESC`, asc(people.sortName), asc(people.id))
    .limit(limit);
}

/** How many people carry a theme. */
export async function countPeopleWithTheme(db: DbExecutor, themeId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(personThemes).where(eq(personThemes.themeId, themeId));
  return row?.n ?? 0;
}
