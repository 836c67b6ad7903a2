import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Viewer } from '../../core/auth/viewer.js';
import { visibleTo, type ScopedColumns } from '../../core/records/record-visibility.js';
import type { DbExecutor } from '../../core/db/client.js';
import type { LocalizedText } from '../../core/db/columns.js';
import type { ActorKind, InvolvementEntry, InvolvementKind } from './involvement.schemas.js';

/** The last entry shown: entries run newest first by date, then kind, then id. */
export interface InvolvementPosition {
  date: string;
  kind: string;
  id: string;
}

export interface InvolvementWindow {
  limit: number;
  after?: InvolvementPosition;
}

export interface InvolvementSource {
  kind: InvolvementKind;
  actors: readonly ActorKind[];
  /**
   * How many records of this kind the actor is involved in (in the year) and, when a window is
   * given, at most `window.limit` of them, newest first, beyond `window.after`: one statement, so
   * the actor's links (and the row-level security on them) are read once for both.
   */
  read(
    tx: DbExecutor,
    viewer: Viewer,
    actor: { kind: ActorKind; id: string },
    year: number | undefined,
    window: InvolvementWindow | undefined,
  ): Promise<{ count: number; entries: InvolvementEntry[] }>;
}

/**
 * "Beyond the position" for a source of one kind, newest first, given its date and id
 * expressions: each source pages through its own rows and the merge stays exact.
 */
export function beyondInvolvement(kind: string, after: InvolvementPosition | undefined, date: SQL, id: SQL): SQL {
  if (!after) return sql`true`;
  if (kind === after.kind) return sql`(${date} < ${after.date}::date OR (${date} = ${after.date}::date AND ${id} < ${after.id}::uuid))`;
  return kind < after.kind ? sql`${date} <= ${after.date}::date` : sql`${date} < ${after.date}::date`;
}

/** A period from `start` to `end` (open when null) that touches the year. */
export function touchesYear(year: number | undefined, start: RecordValue, end: RecordValue): SQL {
  if (year === undefined) return sql`true`;
  return sql`(${start} <= ${`${year}-12-31`}::date AND coalesce(${end}, ${start}) >= ${`${year}-01-01`}::date)`;
}

export const compareNewestFirst = (a: InvolvementEntry, b: InvolvementEntry) =>
  a.date !== b.date ? (a.date > b.date ? -1 : 1) : a.kind !== b.kind ? (a.kind > b.kind ? -1 : 1) : a.id > b.id ? -1 : a.id < b.id ? 1 : 0;

/**
 * How one kind of record is involved with actors: the record table (read as `visibleTo` it, or
 * `visible`, says and as row-level security allows), its date, title and subkind, and per actor
 * kind a query of the actor's links `SELECT record_id, role …`.
 */
export type InvolvementQuery = InvolvementFields &
  (
    | { table: RecordTable & ScopedColumns; visible?: undefined }
    | {
        table: RecordTable;
        /** Which rows the viewer may read, where the record kind reads otherwise than `visibleTo` its table (plans shared with their sides). */
        visible: (tx: DbExecutor, viewer: Viewer) => SQL;
      }
  );

type RecordTable = PgTable & { id: AnyPgColumn };

/** A column of the record table, or an expression over its columns. */
type RecordValue = SQL | AnyPgColumn;

interface InvolvementFields {
  kind: InvolvementKind;
  date: RecordValue;
  endDate: RecordValue;
  title: RecordValue;
  subkind: RecordValue;
  /** Where the record is shown in the web app: a path the record's id is appended to (`/exchanges/`), or a text expression. */
  path: string | SQL;
  /** Per actor kind, every way an actor is linked to records of this kind. */
  links: Partial<Record<ActorKind, readonly ActorLink[]>>;
}

/**
 * One way an actor is linked to records: the rows of a table whose `actor` column names the actor,
 * naming the record in `record`, in `role` (a fixed role or the table's column of roles), where
 * `also` holds too; or, where the link needs a join, a query `SELECT record_id, role …` of the actor's id.
 */
export type ActorLink = { record: AnyPgColumn; actor: AnyPgColumn; role: string | AnyPgColumn; also?: SQL } | ((actorId: string) => SQL);

function linkQuery(link: ActorLink, actorId: string): SQL {
  if (typeof link === 'function') return link(actorId);
  const role = typeof link.role === 'string' ? sql`${link.role}::text` : link.role;
  return sql`SELECT ${link.record} AS record_id, ${role} AS role FROM ${link.record.table} WHERE ${link.actor} = ${actorId}::uuid${link.also ? sql` AND ${link.also}` : sql``}`;
}

function linksOf(query: InvolvementQuery, actor: { kind: ActorKind; id: string }): SQL {
  const links = query.links[actor.kind];
  if (!links) throw new Error(`${query.kind} has no links to a ${actor.kind}`);
  return sql.join(
    links.map((link) => linkQuery(link, actor.id)),
    sql` UNION ALL `,
  );
}

/**
 * A source built from one query: rows newest first, with every role of the actor in the record.
 * The records are matched and counted first; roles, titles and paths are read for the page only.
 */
export function involvementSource(query: InvolvementQuery): InvolvementSource {
  const path = typeof query.path === 'string' ? sql`${query.path}::text || ${query.table.id}` : query.path;
  return {
    kind: query.kind,
    actors: Object.keys(query.links) as ActorKind[],
    async read(tx, viewer, actor, year, window) {
      const result = await tx.execute<{
        total: number;
        id: string | null;
        date: string;
        end_date: string | null;
        title: LocalizedText;
        subkind: string | null;
        roles: string[];
        path: string;
      }>(sql`
        WITH matched AS MATERIALIZED (
          SELECT ${query.table.id} AS record_id, ${query.date} AS sort_date
            FROM ${query.table}
           WHERE ${query.table.id} IN (SELECT record_id FROM (${linksOf(query, actor)}) AS links)
             AND ${query.visible ? query.visible(tx, viewer) : visibleTo(viewer, query.table)} AND ${touchesYear(year, query.date, query.endDate)})
        SELECT counted.total, page.*
          FROM (SELECT count(*)::int AS total FROM matched) AS counted
          LEFT JOIN LATERAL (
            SELECT ${query.table.id} AS id, ${path} AS path, to_char(${query.date}, 'YYYY-MM-DD') AS date, to_char(${query.endDate}, 'YYYY-MM-DD') AS end_date,
                   ${query.title} AS title, ${query.subkind} AS subkind,
                   (SELECT array_agg(DISTINCT role ORDER BY role) FROM (${linksOf(query, actor)}) AS links WHERE links.record_id = matched.record_id) AS roles
              FROM (SELECT * FROM matched
                     WHERE ${beyondInvolvement(query.kind, window?.after, sql`matched.sort_date`, sql`matched.record_id`)}
                     ORDER BY matched.sort_date DESC, matched.record_id DESC
                     LIMIT ${window?.limit ?? 0}) AS matched
              JOIN ${query.table} ON ${query.table.id} = matched.record_id
             ORDER BY matched.sort_date DESC, matched.record_id DESC) AS page ON true`);
      const entries = result.rows.flatMap((row) =>
        row.id === null
          ? []
          : [{ kind: query.kind, id: row.id, date: row.date, endDate: row.end_date, title: row.title, subkind: row.subkind, roles: row.roles, path: row.path }],
      );
      return { count: Number(result.rows[0]?.total ?? 0), entries };
    },
  };
}
