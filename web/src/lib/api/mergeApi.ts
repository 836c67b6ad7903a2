import { apiSend } from './apiSend';

/**
 * Merging a duplicate into the record that remains, and undoing it from the history, for every
 * collection that merges (`/organizations`, `/people`, `/places`, `/themes`): the routes have the
 * same shape in each (`registerMergeRoutes` on the server).
 */
export const mergeApi = {
  merge: (collection: string, recordId: string, into: string) => apiSend<{ into: string }>('POST', `${collection}/${encodeURIComponent(recordId)}/merge`, { into }),
  undo: (collection: string, eventId: number) => apiSend<{ restoredId: string }>('POST', `${collection}/merges/${eventId}/undo`),
};
