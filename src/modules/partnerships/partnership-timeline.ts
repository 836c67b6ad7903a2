import { sql, type SQL } from 'drizzle-orm';
import { requireRead } from '../../core/auth/policy.js';
import { decodeCursor, toPage, type Page } from '../../core/http/pagination.js';
import type { ServiceContext } from '../../core/service-context.js';
import type { DbExecutor } from '../../core/db/client.js';
import { findChildPartnershipRows, findPartnershipRow } from './partnerships.repository.js';
import type { TimelineEntry, TimelineQuery } from './partnerships.schemas.js';
import type { TimelineWindow } from '../../core/db/rows.js';

/**
 * A partnership's timeline is everything linked to it: exchanges, project groups and, as
 * features add them, action plans, projects and documents. Each kind of entry comes from a
 * source that a module registers; the timeline merges them in date order with one cursor.
 */
export type { TimelineEntry, TimelineQuery } from './partnerships.schemas.js';

/** The position of the last entry shown: entries are ordered by date, then type, then id. */
export interface TimelinePosition {
  date: string;
  type: string;
  id: string;
}

export interface TimelinePage {
  limit: number;
  newest: boolean;
  /** Only entries beyond this position; build the SQL condition with `beyondPosition`. */
  after?: TimelinePosition;
}

export interface TimelineSource {
  type: string;
  /** At most `page.limit` entries of the partnership in timeline order, beyond `page.after`. */
  list(ctx: ServiceContext, partnershipId: string, page: TimelinePage): Promise<TimelineEntry[]>;
}

const sources = new Map<string, TimelineSource>();

export function registerTimelineSource(source: TimelineSource): void {
  sources.set(source.type, source);
}

/** What a source says of an entry; the fields it leaves out are null. */
export type TimelineEntryFields = Pick<TimelineEntry, 'id' | 'date' | 'title' | 'path'> &
  Partial<Pick<TimelineEntry, 'endDate' | 'kind' | 'status' | 'place' | 'series'>>;

/**
 * Registers the source of one type of entry: `rows` reads a window of them through the module's
 * repository (in one transaction of the viewer), `entry` says what each row shows.
 */
export function registerTimelineRows<Row, Lookups = undefined>(
  type: string,
  source: {
    rows: (tx: DbExecutor, ctx: ServiceContext, partnershipId: string, window: TimelineWindow) => Promise<Row[]>;
    /** Runs once per page before `entry`, for what the rows refer to (places, series …). */
    lookups?: (tx: DbExecutor, ctx: ServiceContext, rows: Row[]) => Promise<Lookups>;
    entry: (row: Row, partnershipId: string, lookups: Lookups) => TimelineEntryFields;
  },
): void {
  registerTimelineSource({
    type,
    list: (ctx, partnershipId, page) =>
      ctx.transaction(async (tx, ctx) => {
        const window = { limit: page.limit, newest: page.newest, after: page.after ? beyondPosition(type, page.after, page.newest) : undefined };
        const rows = await source.rows(tx, ctx, partnershipId, window);
        const lookups = (await source.lookups?.(tx, ctx, rows)) as Lookups;
        return rows.map((row) => ({ type, endDate: null, kind: null, status: null, place: null, series: null, ...source.entry(row, partnershipId, lookups) }));
      }),
  });
}

/**
 * The SQL condition "beyond the position" for a source of one type, given its date and id
 * expressions, so each source pages through its own index and the merge stays exact.
 */
export function beyondPosition(type: string, position: TimelinePosition, newest: boolean): (date: SQL, id: SQL) => SQL {
  return (date, id) => {
    const later = newest ? sql`<` : sql`>`;
    const sameOrLater = newest ? sql`<=` : sql`>=`;
    const typeBeyond = newest ? type < position.type : type > position.type;
    if (type === position.type) return sql`(${date} ${later} ${position.date}::date OR (${date} = ${position.date}::date AND ${id} ${later} ${position.id}::uuid))`;
    return typeBeyond ? sql`${date} ${sameOrLater} ${position.date}::date` : sql`${date} ${later} ${position.date}::date`;
  };
}

const compare = (a: TimelineEntry, b: TimelineEntry) =>
  a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.type !== b.type ? (a.type < b.type ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The partnerships inside this one that the viewer may see, at any depth (bounded against bad data). */
async function descendantIds(tx: DbExecutor, ctx: ServiceContext, partnershipId: string): Promise<string[]> {
  const found: string[] = [];
  let level = [partnershipId];
  for (let depth = 0; depth < 5 && level.length > 0; depth++) {
    const next: string[] = [];
    for (const id of level) {
      for (const child of await findChildPartnershipRows(tx, ctx.viewer, id)) {
        if (child.id !== partnershipId && !found.includes(child.id)) next.push(child.id);
      }
    }
    found.push(...next);
    level = next;
  }
  return found;
}

export async function partnershipTimeline(ctx: ServiceContext, partnershipId: string, query: TimelineQuery): Promise<Page<TimelineEntry>> {
  const cursor = decodeCursor(query.cursor, 3);
  const after = cursor ? { date: String(cursor[0]), type: String(cursor[1]), id: String(cursor[2]) } : undefined;
  return ctx.transaction(async (tx, ctx) => {
    requireRead(ctx.viewer, await findPartnershipRow(tx, partnershipId), 'Partnership', partnershipId);
    const newest = query.order === 'newest';
    const chosen = [...sources.values()].filter((source) => !query.type || source.type === query.type);
    const partnershipIds = query.includeChildren === 'true' ? [partnershipId, ...(await descendantIds(tx, ctx, partnershipId))] : [partnershipId];
    const lists: TimelineEntry[][] = [];
    for (const id of partnershipIds) {
      for (const source of chosen) {
        const entries = await source.list(ctx, id, { limit: query.limit + 1, newest, after });
        lists.push(entries.map((entry) => ({ ...entry, partnershipId: id })));
      }
    }
    const merged = lists.flat().sort((a, b) => (newest ? compare(b, a) : compare(a, b)));
    return toPage(merged.slice(0, query.limit + 1), query.limit, (entry) => [entry.date, entry.type, entry.id], (entry) => entry);
  });
}
