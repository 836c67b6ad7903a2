import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';

export type ProgrammeSummary = ResponseOf<'/api/funding-programmes'>['items'][number];
export type ProgrammeDetail = ResponseOf<'/api/funding-programmes/{id}'>;
export type Instrument = ProgrammeDetail['instruments'][number];
export type Grant = ResponseOf<'/api/grants'>['items'][number];
export type ProgrammeLevel = ProgrammeSummary['level'];
export type InstrumentKind = Instrument['kind'];
export type GrantStatus = Grant['status'];

/** Query keys of funding programmes and grants; every change invalidates `fundingKeys.all`. */
export const fundingKeys = {
  all: ['funding'] as const,
  programmes: ['funding', 'programmes'] as const,
  programmeChoices: ['funding', 'programme-choices'] as const,
  programme: (id: string | undefined) => ['funding', 'programme', id] as const,
  grantsOf: (programmeId: string | undefined) => ['funding', 'grants', programmeId] as const,
  grantsOfMeasure: (measureId: string) => ['funding', 'grants', 'measure', measureId] as const,
};

export const fundingApi = {
  programmes: (query: QueryOf<'/api/funding-programmes'>, signal?: AbortSignal) => dataOf(api.GET('/api/funding-programmes', { params: { query }, signal })),
  programme: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/funding-programmes/{id}', { params: { path: { id } }, signal })),
  grants: (query: QueryOf<'/api/grants'>, signal?: AbortSignal) => dataOf(api.GET('/api/grants', { params: { query }, signal })),

  createProgramme: (body: DraftOf<'/api/funding-programmes', 'post'>) => dataOf(api.POST('/api/funding-programmes', { body })),
  updateProgramme: (id: string, body: DraftOf<'/api/funding-programmes/{id}', 'patch'>) => dataOf(api.PATCH('/api/funding-programmes/{id}', { params: { path: { id } }, body })),
  createGrant: (body: DraftOf<'/api/grants', 'post'>) => dataOf(api.POST('/api/grants', { body })),
};
