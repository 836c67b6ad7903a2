import { api, dataOf } from '../../lib/api/client';
import type { ResponseOf } from '../../lib/api/contract';

export type StartPageData = ResponseOf<'/api/start'>;
type Mine = NonNullable<StartPageData['mine']>;
export type OpenRegistration = Mine['openRegistrations'][number];
export type PlanAwaitingAgreement = Mine['plansAwaitingAgreement'][number];
export type OverdueMeasure = Mine['overdueMeasures'][number];

export const startKeys = {
  /** The start page differs by who is signed in. */
  page: (userId: string | null) => ['start', userId] as const,
};

export const startApi = {
  page: (signal?: AbortSignal) => dataOf(api.GET('/api/start', { signal })),
};
