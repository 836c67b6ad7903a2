/** The entries of all pages of a paged list read so far, in order; none before the first page. */
export function pagedItems<T>(data: { pages: { items: T[] }[] } | undefined): T[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}
