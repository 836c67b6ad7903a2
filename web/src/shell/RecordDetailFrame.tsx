import type { ReactNode } from 'react';
import { BackLink } from './BackLink';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { PageHeading } from './PageHeading';

interface RecordQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

interface Props<T> {
  back: { to: string; label: string };
  query: RecordQuery<T>;
  /** The page's heading when the record could not be loaded. */
  fallbackTitle: string;
  /** Whether a failed load offers to try again. */
  retry?: boolean;
  children: (record: T) => ReactNode;
}

/** The frame of a record's page: back link, then the record once loaded, or why it could not be. */
export function RecordDetailFrame<T>({ back, query, fallbackTitle, retry = true, children }: Props<T>) {
  return (
    <>
      <BackLink to={back.to}>{back.label}</BackLink>
      {query.isPending && <LoadingState />}
      {query.isError && (
        <>
          <PageHeading title={fallbackTitle}>{fallbackTitle}</PageHeading>
          <ErrorState error={query.error} onRetry={retry ? () => void query.refetch() : undefined} />
        </>
      )}
      {query.data !== undefined && children(query.data)}
    </>
  );
}
