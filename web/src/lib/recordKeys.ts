/**
 * The query keys a collection of records has: `all`, which a change of any of its records
 * invalidates, a list by its filters and one record. Every key starts with the collection's name,
 * so invalidating `all` refreshes its lists and records alike.
 */
export function recordKeys<Filters>(collection: string) {
  return {
    all: [collection] as const,
    list: (filters: Filters) => [collection, 'list', filters] as const,
    detail: (id: string | undefined) => [collection, 'detail', id] as const,
  };
}
