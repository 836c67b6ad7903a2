import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../shell/LoadMore';
import { OrganizationTable } from './OrganizationTable';
import { useOrganizationPages } from './useOrganizationPages';

/** The organizations seated in a place. */
export function PlaceOrganizations({ placeId }: { placeId: string }) {
  const { t } = useTranslation();
  const query = useOrganizationPages({ seatPlaceId: placeId });
  const organizations = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isPending) return null;
  if (organizations.length === 0) return <p className="kern-body">{t('places.noOrganizations')}</p>;
  return (
    <>
      <OrganizationTable organizations={organizations} caption={t('places.organizations')} />
      {query.hasNextPage && <LoadMore shown={organizations.length} hasMore isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />}
    </>
  );
}
