import { sql } from 'drizzle-orm';
import type { LocalizedText } from '../../core/db/columns.js';
import type { ServiceContext } from '../../core/service-context.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { agendaSessions } from './exchange-program.tables.js';
import { exchanges } from './exchanges.tables.js';
import { exchangeRegistrations } from './registrations.tables.js';

export interface PastExchange {
  id: string;
  title: LocalizedText;
  startDate: string;
  endDate: string;
  /** What the person did there: took part, facilitated a session, or both. */
  roles: ('participant' | 'facilitator')[];
  themeIds: string[];
}

/**
 * The exchanges a person took part in (registered, confirmed or attended, not cancelled) or
 * facilitated a session of, that have begun by today and the viewer may see; newest first.
 */
export async function pastExchangesOfPerson(ctx: ServiceContext, personId: string, limit = 20): Promise<PastExchange[]> {
  return ctx.transaction(async (tx, ctx) => {
    const result = await tx.execute(sql`
      WITH links AS (
        SELECT exchange_id, 'participant' AS role FROM ${exchangeRegistrations}
          WHERE person_id = ${personId}::uuid AND state IN ('registered', 'confirmed', 'attended')
        UNION SELECT exchange_id, 'facilitator' FROM ${agendaSessions} WHERE facilitator_person_id = ${personId}::uuid
      )
      SELECT ${exchanges.id} AS id, ${exchanges.title} AS title, ${exchanges.startDate}::text AS start_date, ${exchanges.endDate}::text AS end_date,
        array_agg(DISTINCT links.role ORDER BY links.role DESC) AS roles,
        coalesce((SELECT array_agg(et.theme_id) FROM exchange_themes et WHERE et.exchange_id = ${exchanges.id}), '{}') AS theme_ids
      FROM ${exchanges} JOIN links ON links.exchange_id = ${exchanges.id}
      WHERE ${visibleTo(ctx.viewer, exchanges)} AND ${exchanges.startDate} <= current_date AND ${exchanges.status} <> 'cancelled'
      GROUP BY ${exchanges.id}
      ORDER BY ${exchanges.startDate} DESC, ${exchanges.id}
      LIMIT ${limit}
    `);
    return (result.rows as { id: string; title: LocalizedText; start_date: string; end_date: string; roles: PastExchange['roles']; theme_ids: string[] }[]).map((row) => ({
      id: row.id,
      title: row.title,
      startDate: row.start_date,
      endDate: row.end_date,
      roles: row.roles,
      themeIds: row.theme_ids,
    }));
  });
}
