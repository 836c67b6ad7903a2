import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, ResponseOf } from '../../lib/api/contract';

/** A visit programme: a series of exchanges shown as "part 2 of 3". */
export type ProgrammeDetail = ResponseOf<'/api/programmes/{id}'>;

/** Query keys of the visit programmes; every change invalidates `programmeKeys.all`. */
export const programmeKeys = {
  all: ['programmes'] as const,
  detail: (id: string | undefined) => ['programmes', 'detail', id] as const,
};

const ofProgramme = (id: string) => ({ params: { path: { id } } });

export const programmeApi = {
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/programmes/{id}', { ...ofProgramme(id), signal })),

  create: (body: DraftOf<'/api/programmes', 'post'>) => dataOf(api.POST('/api/programmes', { body })),
  update: (id: string, body: DraftOf<'/api/programmes/{id}', 'patch'>) => dataOf(api.PATCH('/api/programmes/{id}', { ...ofProgramme(id), body })),
  /** Deletes the programme; its exchanges stay, no longer parts of it. */
  remove: (id: string) => dataOf(api.DELETE('/api/programmes/{id}', { params: { path: { id }, query: { detachParts: 'true' } } })),
  addPart: (id: string, body: DraftOf<'/api/programmes/{id}/parts', 'post'>) => dataOf(api.POST('/api/programmes/{id}/parts', { ...ofProgramme(id), body })),
  reorderParts: (id: string, exchangeIds: string[]) => dataOf(api.PUT('/api/programmes/{id}/parts', { ...ofProgramme(id), body: { exchangeIds } })),
  removePart: (id: string, exchangeId: string) => dataOf(api.DELETE('/api/programmes/{id}/parts/{exchangeId}', { params: { path: { id, exchangeId } } })),
};
