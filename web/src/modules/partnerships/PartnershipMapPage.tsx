import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText } from '../../shell/LocalizedText';
import { PageHeading } from '../../shell/PageHeading';
import { PlaceName } from '../../shell/PlaceName';
import { Section } from '../../shell/Section';
import { partnershipApi, partnershipKeys } from './partnershipApi';
import { PartnershipFilterBar } from './PartnershipFilterBar';
import { PartnershipMapFigure } from './PartnershipMapFigure';
import { partnershipKindValues, partnershipStatusValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

/** How many partnerships the map draws at most; the list below says when there are more. */
const MAX_PAGES = 10;

/** Partnerships as lines between their places, with the same list as text for everyone who cannot use the map. */
export function PartnershipMapPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useEnumSearchParam('kind', partnershipKindValues);
  const [status, setStatus] = useEnumSearchParam('status', partnershipStatusValues);
  const query = useInfiniteQuery({
    queryKey: partnershipKeys.map(kind, status),
    queryFn: ({ pageParam, signal }) => partnershipApi.map({ kind, status, limit: 500, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage, pages) => (pages.length < MAX_PAGES ? (lastPage.nextCursor ?? undefined) : undefined),
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  const items = useMemo(() => pagedItems(query.data), [query.data]);
  const withoutCoordinates = query.data?.pages.reduce((sum, page) => sum + page.withoutCoordinates, 0) ?? 0;
  const complete = query.data && !hasNextPage;
  const truncated = query.data && query.data.pages.length >= MAX_PAGES && query.data.pages.at(-1)?.nextCursor;

  return (
    <>
      <BackLink to="/partnerships">{t('partnerships.backToList')}</BackLink>
      <PageHeading title={t('partnershipMap.title')}>{t('partnershipMap.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('partnershipMap.intro')}</p>
      <PartnershipFilterBar kind={kind} status={status} onKindChange={setKind} onStatusChange={setStatus} />
      {!complete && !query.isError && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {complete && (
        <>
          <PartnershipMapFigure partnerships={items}>
            {withoutCoordinates > 0 && ` ${t('partnershipMap.withoutCoordinates', { count: withoutCoordinates })}`}
            {truncated && ` ${t('partnershipMap.truncated')}`}
          </PartnershipMapFigure>
          <Section title={t('partnershipMap.listTitle')}>
            {items.length === 0 ? (
              <p className="kern-body">{t('partnerships.empty')}</p>
            ) : (
              <ul className="kern-list partnership-map__list">
                {items.map((item) => (
                  <li key={item.id}>
                    <Link className="kern-link" to={`/partnerships/${item.id}`}>
                      <LocalizedText value={item.title} />
                    </Link>
                    {': '}
                    {item.places.map((place, index) => (
                      <span key={place.id}>
                        {index > 0 && ' – '}
                        <PlaceName place={place} />
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </>
  );
}
