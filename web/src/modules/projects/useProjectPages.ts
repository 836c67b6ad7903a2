import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { projectApi, projectKeys, type ProjectStatus } from './projectApi';

/** Projects, a page at a time. */
export function useProjectPages(status: ProjectStatus | undefined) {
  return useInfiniteQuery({
    ...pagedQuery(projectKeys.list(status), (cursor, signal) => projectApi.list({ status, limit: 25, cursor }, signal)),
    placeholderData: keepPreviousData,
  });
}
