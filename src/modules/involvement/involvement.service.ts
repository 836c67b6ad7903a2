import { notFound } from '../../core/errors.js';
import { decodeCursor, encodeCursor } from '../../core/http/pagination.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { personRefsByIds } from '../actors/people.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { compareNewestFirst, type InvolvementSource } from './involvement.js';
import { INVOLVEMENT_KINDS, type ActorKind, type InvolvementPage, type InvolvementQuery } from './involvement.schemas.js';

/** How a module describes the links of its records to actors, for `registerInvolvementSource`. */
export { involvementSource } from './involvement.js';

let SOURCES: readonly InvolvementSource[] = [];

/**
 * Modules whose records name organisations, people or places register how to find them, when
 * their routes are registered (as timeline sources do), so this module depends on none of them.
 * A later registration of a kind replaces the earlier one.
 */
export function registerInvolvementSource(...sources: InvolvementSource[]): void {
  const kinds = new Set(sources.map((source) => source.kind));
  SOURCES = [...SOURCES.filter((source) => !kinds.has(source.kind)), ...sources].sort(
    (a, b) => INVOLVEMENT_KINDS.indexOf(a.kind) - INVOLVEMENT_KINDS.indexOf(b.kind),
  );
}

const WHAT: Record<ActorKind, string> = { organization: 'Organization', person: 'Person', place: 'Place' };

async function actorReadable(ctx: ServiceContext, actor: { kind: ActorKind; id: string }): Promise<boolean> {
  const refs = actor.kind === 'organization' ? organizationRefsByIds : actor.kind === 'person' ? personRefsByIds : placeRefsByIds;
  return (await refs(ctx, [actor.id])).has(actor.id);
}

/**
 * Everything an organisation, person or place is involved in that the viewer may read, newest
 * first, with counts per kind of record; one kind or one year on request.
 */
export async function involvementOf(ctx: ServiceContext, actor: { kind: ActorKind; id: string }, query: InvolvementQuery): Promise<InvolvementPage> {
  const cursor = decodeCursor(query.cursor, 3);
  const after = cursor ? { date: String(cursor[0]), kind: String(cursor[1]), id: String(cursor[2]) } : undefined;
  if (!(await actorReadable(ctx, actor))) throw notFound(WHAT[actor.kind], actor.id);
  return ctx.transaction(async (tx, ctx) => {
    const sources = SOURCES.filter((source) => source.actors.includes(actor.kind));
    const window = { limit: query.limit + 1, after };
    const counts: InvolvementPage['counts'] = [];
    const entries = [];
    for (const source of sources) {
      const read = await source.read(tx, ctx.viewer, actor, query.year, !query.kind || source.kind === query.kind ? window : undefined);
      counts.push({ kind: source.kind, count: read.count });
      entries.push(...read.entries);
    }
    const merged = entries.sort(compareNewestFirst).slice(0, query.limit + 1);
    const shown = merged.slice(0, query.limit);
    const last = shown.at(-1);
    return { counts, items: shown, nextCursor: merged.length > query.limit && last ? encodeCursor([last.date, last.kind, last.id]) : null };
  });
}
