import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../shell/LoadMore';
import { OrganizationTable } from './OrganizationTable';
import { useOrganizationPages } from './useOrganizationPages';
import { pagedItems } from '../../lib/pagedItems';

/** The organizations seated in a place. */
export function PlaceOrganizations({ placeId }: { placeId: string }) {
  const { t } = useTranslation();
  const query = useOrganizationPages({ seatPlaceId: placeId });
  const organizations = pagedItems(query.data);
  if (query.isPending) return null;
  if (organizations.length === 0) return <p className="kern-body">{t('places.noOrganizations')}</p>;
  return (
    <>
      <OrganizationTable organizations={organizations} caption={t('places.organizations')} />
      {query.hasNextPage && <LoadMore shown={organizations.length} query={query} />}
    </>
  );
}
