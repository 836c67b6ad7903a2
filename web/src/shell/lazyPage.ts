import { lazy, type ComponentType } from 'react';

/**
 * A page whose code loads when its route is first shown, so each module's pages (with Leaflet,
 * charts, PDF and review code) stay out of the first load. `preload` starts the download early,
 * e.g. when a link to the page is pointed at.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  let loading: Promise<M> | undefined;
  const preload = () => (loading ??= load());
  const Page = lazy(async () => ({ default: (await preload())[name] as ComponentType }));
  return Object.assign(Page, { preload });
}
