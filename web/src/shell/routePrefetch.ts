import type { ReactElement } from 'react';
import { matchRoutes, type Params, type RouteObject } from 'react-router';

/** Fetches a route's first query ahead, from the URL's parameters and query string. */
type PrefetchData = (params: Params, search: URLSearchParams) => Promise<unknown>;

/** A route's `handle` that names the data its page asks for first (see prefetchRoute). */
export function prefetchData(prefetch: PrefetchData): { prefetchData: PrefetchData } {
  return { prefetchData: prefetch };
}

/**
 * Starts loading what the page at `href` needs before it is shown: the lazy chunk of every route
 * it matches (their element is a lazyPage with `preload`) and, unless `data` is false, the first
 * query of routes whose handle came from prefetchData. Both land in the caches the page reads
 * (the module map and React Query), so showing the page later asks for neither again.
 */
export function prefetchRoute(routes: RouteObject[], href: string, { data = true } = {}): void {
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
  for (const { route, params } of matchRoutes(routes, url.pathname) ?? []) {
    const page = (route.element as ReactElement | undefined)?.type as { preload?: () => Promise<unknown> } | undefined;
    void page?.preload?.().catch(() => {}); // a failed download shows on the page itself
    const handle = route.handle as Partial<ReturnType<typeof prefetchData>> | undefined;
    if (data && handle?.prefetchData) void handle.prefetchData(params, url.searchParams);
  }
}

const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

/**
 * Prefetches a link's page when the pointer rests on it, it gets the focus or a finger touches
 * it: by the time of the click its code and data are on their way or there.
 */
export function prefetchOnIntent(routes: RouteObject[], root: Document = document): () => void {
  let last = '';
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    // Moving over a link's children repeats the event; fresh data is not fetched again anyway.
    if (!link || link.target === '_blank' || link.hasAttribute('download') || link.href === last) return;
    last = link.href;
    prefetchRoute(routes, link.href);
  };
  for (const type of INTENT_EVENTS) root.addEventListener(type, onIntent, { passive: true, capture: true });
  return () => {
    for (const type of INTENT_EVENTS) root.removeEventListener(type, onIntent, { capture: true });
  };
}
