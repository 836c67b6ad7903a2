import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Viewer } from '../../core/auth/viewer.js';
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
  year?: number;
  after?: InvolvementPosition;
}

export interface InvolvementSource {
  kind: InvolvementKind;
  actors: readonly ActorKind[];
  /** At most `window.limit` entries of the actor, newest first, beyond `window.after`. */
  list(tx: DbExecutor, viewer: Viewer, actor: { kind: ActorKind; id: string }, window: InvolvementWindow): Promise<InvolvementEntry[]>;
  count(tx: DbExecutor, viewer: Viewer, actor: { kind: ActorKind; id: string }, year: number | undefined): Promise<number>;
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
export function touchesYear(year: number | undefined, start: SQL, end: SQL): SQL {
  if (year === undefined) return sql`true`;
  return sql`(${start} <= ${`${year}-12-31`}::date AND coalesce(${end}, ${start}) >= ${`${year}-01-01`}::date)`;
}

export const compareNewestFirst = (a: InvolvementEntry, b: InvolvementEntry) =>
  a.date !== b.date ? (a.date > b.date ? -1 : 1) : a.kind !== b.kind ? (a.kind > b.kind ? -1 : 1) : a.id > b.id ? -1 : a.id < b.id ? 1 : 0;

/**
 * How one kind of record is involved with actors: the record table (read as `visible` says and
 * as row-level security allows), its date, title and subkind, and per actor kind a query of the
 * actor's links `SELECT record_id, role …`.
 */
export interface InvolvementQuery {
  kind: InvolvementKind;
  table: PgTable & { id: AnyPgColumn };
  /** Which rows the viewer may read: `visibleTo` of the table, or how the record kind reads (plans shared with their sides). */
  visible: (tx: DbExecutor, viewer: Viewer) => SQL;
  date: SQL;
  endDate: SQL;
  title: SQL;
  subkind: SQL;
  /** Where the record is shown in the web app, as a text expression. */
  path: SQL;
  links: Partial<Record<ActorKind, (actorId: string) => SQL>>;
}

function linksOf(query: InvolvementQuery, actor: { kind: ActorKind; id: string }): SQL {
  const links = query.links[actor.kind];
  if (!links) throw new Error(`${query.kind} has no links to a ${actor.kind}`);
  return links(actor.id);
}

/** A source built from one query: rows newest first, with every role of the actor in the record. */
export function involvementSource(query: InvolvementQuery): InvolvementSource {
  return {
    kind: query.kind,
    actors: Object.keys(query.links) as ActorKind[],
    async list(tx, viewer, actor, window) {
      const result = await tx.execute<{ id: string; date: string; end_date: string | null; title: LocalizedText; subkind: string | null; roles: string[]; path: string }>(sql`
        SELECT ${query.table.id} AS id, ${query.path} AS path, to_char(${query.date}, 'YYYY-MM-DD') AS date, to_char(${query.endDate}, 'YYYY-MM-DD') AS end_date,
               ${query.title} AS title, ${query.subkind} AS subkind, actor_links.roles
          FROM ${query.table}
          JOIN (SELECT record_id, array_agg(DISTINCT role ORDER BY role) AS roles FROM (${linksOf(query, actor)}) AS links GROUP BY record_id) AS actor_links
            ON actor_links.record_id = ${query.table.id}
         WHERE ${query.visible(tx, viewer)}
           AND ${touchesYear(window.year, query.date, query.endDate)}
           AND ${beyondInvolvement(query.kind, window.after, query.date, sql`${query.table.id}`)}
         ORDER BY ${query.date} DESC, ${query.table.id} DESC
         LIMIT ${window.limit}`);
      return result.rows.map((row) => ({
        kind: query.kind,
        id: row.id,
        date: row.date,
        endDate: row.end_date,
        title: row.title,
        subkind: row.subkind,
        roles: row.roles,
        path: row.path,
      }));
    },
    async count(tx, viewer, actor, year) {
      const result = await tx.execute<{ count: number }>(sql`
        SELECT count(*)::int AS count
          FROM ${query.table}
          JOIN (SELECT DISTINCT record_id FROM (${linksOf(query, actor)}) AS links) AS actor_links ON actor_links.record_id = ${query.table.id}
         WHERE ${query.visible(tx, viewer)} AND ${touchesYear(year, query.date, query.endDate)}`);
      return Number(result.rows[0]?.count ?? 0);
    },
  };
}
