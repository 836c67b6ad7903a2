import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MayCreate } from '../modules/accounts/MayCreate';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { LoadMore } from './LoadMore';
import { PageHeading } from './PageHeading';

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

interface Props {
  title: string;
  intro: string;
  /** The link to enter a new record (for those who may); `quiet` where importing is offered beside it. */
  create?: { to: string; label: string; quiet?: boolean };
  /** The import page for this kind of record. */
  importTo?: string;
  /** Other views of the list, e.g. its map. */
  links?: { to: string; label: string }[];
  /** The CSV export of the list as filtered. */
  exportUrl?: string;
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
export function ListPage({ title, intro, create, importTo, links = [], exportUrl, filters, query, shown, empty, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{intro}</p>
      {(create || importTo || links.length > 0 || exportUrl) && (
        <p className="button-row">
          {create && (
            <MayCreate>
              <Link className={create.quiet ? 'kern-btn kern-btn--secondary' : 'kern-btn kern-btn--primary'} to={create.to}>
                <span className="kern-label">{create.label}</span>
              </Link>
            </MayCreate>
          )}
          {importTo && (
            <MayCreate>
              <Link className="kern-btn kern-btn--tertiary" to={importTo}>
                <span className="kern-label">{t('imports.title')}</span>
              </Link>
            </MayCreate>
          )}
          {links.map((link) => (
            <Link key={link.to} className="kern-btn kern-btn--secondary" to={link.to}>
              <span className="kern-label">{link.label}</span>
            </Link>
          ))}
          {exportUrl && (
            <a className="kern-btn kern-btn--tertiary" href={exportUrl} download>
              <span className="kern-label">{t('common.exportCsv')}</span>
            </a>
          )}
        </p>
      )}
      {filters}
      {query.isPending && <LoadingState />}
      {query.data !== undefined && (
        <>
          {empty !== undefined && shown === 0 ? <p className="kern-body">{empty}</p> : children}
          <LoadMore shown={shown} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
        </>
      )}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
