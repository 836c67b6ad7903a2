import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { LoadMore } from './LoadMore';
import { ListHeader, type ListActionsProps } from './ListHeader';

/** What the page needs of a paged list query (`useInfiniteQuery`). */
interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data?: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  refetch: () => unknown;
}

interface Props extends ListActionsProps {
  title: string;
  intro: string;
  filters?: ReactNode;
  query: PagedQuery;
  /** How many entries are shown. */
  shown: number;
  /** Said when nothing is found; without it, an empty list is shown as it is. */
  empty?: string;
  /** The list or table of the entries. */
  children: ReactNode;
}

/** The page of a record list: heading, intro, actions, filters, the entries with "load more", and loading and error states. */
export function ListPage({ filters, query, shown, empty, children, ...header }: Props) {
  return (
    <>
      <ListHeader {...header} />
      {filters}
      {query.isPending && <LoadingState />}
      {query.data !== undefined && (
        <>
          {empty !== undefined && shown === 0 ? <p className="kern-body">{empty}</p> : children}
          <LoadMore shown={shown} query={query} />
        </>
      )}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
