import type { ServiceContext } from '../../core/service-context.js';

/** A record named by an id in a recorded change, by its current name, where the web app shows it. */
export interface RecordReference {
  id: string;
  recordType: string;
  title: Record<string, string>;
  path: string;
}

type Resolver = (ctx: ServiceContext, ids: string[]) => Promise<RecordReference[]>;

const resolvers = new Map<string, Resolver>();

/**
 * The search index knows the current names of records of every kind; it registers itself here
 * (as timeline sources do), so the audit module does not depend on the modules it records.
 * Modules with parts the index does not hold (an exchange's delegations) register their own,
 * under their own key; a later registration under a key replaces the earlier one.
 */
export function registerReferenceResolver(resolve: Resolver, key = 'search'): void {
  resolvers.set(key, resolve);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Bookkeeping ids a reader of a history never needs named. */
const SKIPPED = new Set(['id', 'workspaceId', 'createdBy', 'updatedBy', 'invitation', 'undoOf', 'mergedRecordId']);

/** Ids in recorded values: `venuePlaceId`, `themeIds: [...]`, a merge's `mergedInto`, one level of nesting. */
export function referencedIds(values: (Record<string, unknown> | null)[], into = new Set<string>(), depth = 0): Set<string> {
  for (const value of values) {
    if (!value) continue;
    for (const [key, item] of Object.entries(value)) {
      if (SKIPPED.has(key)) continue;
      if (typeof item === 'string' && UUID.test(item)) into.add(item.toLowerCase());
      else if (Array.isArray(item)) {
        for (const entry of item) {
          if (typeof entry === 'string' && UUID.test(entry)) into.add(entry.toLowerCase());
          else if (depth < 2 && entry && typeof entry === 'object') referencedIds([entry as Record<string, unknown>], into, depth + 1);
        }
      } else if (depth < 2 && item && typeof item === 'object') referencedIds([item as Record<string, unknown>], into, depth + 1);
    }
  }
  return into;
}

/** The records the viewer may see among `ids`, by id; ids of records they may not see are left out. */
export async function referencesOf(ctx: ServiceContext, ids: Iterable<string>): Promise<Map<string, RecordReference>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, RecordReference>();
  for (const resolve of resolvers.values()) {
    const open = unique.filter((id) => !found.has(id));
    if (open.length === 0) break;
    for (const reference of await resolve(ctx, open)) found.set(reference.id, reference);
  }
  return found;
}
