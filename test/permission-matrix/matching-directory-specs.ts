import type { RouteSpec } from './route-specs.js';

/** Matching: the public directory of needs and offers and its map. */
export const MATCHING_DIRECTORY_SPECS: Record<string, RouteSpec> = {
  'GET /api/matching/directory': { access: 'anyone', ok: 200, request: () => ({ url: '/api/matching/directory?direction=need&country=UA' }) },
  'GET /api/matching/directory/places': { access: 'anyone', ok: 200, request: () => ({ url: '/api/matching/directory/places?direction=offer' }) },
};
