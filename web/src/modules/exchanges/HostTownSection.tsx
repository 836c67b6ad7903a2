import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlaceRef } from '../../lib/api/types';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import { areaApi, areaKeys } from '../areas/areaApi';
import { organizationApi, organizationKeys } from '../organizations/organizationApi';
import { ItemList } from '../../shell/ItemList';

const SHOWN = 20;

/**
 * What the host town brings to a network meeting: its funding areas (area monitorings of the
 * town) and the neighbourhood managements seated in the town or its quarters.
 */
export function HostTownSection({ town }: { town: PlaceRef }) {
  const { t } = useTranslation();
  const monitors = useQuery({
    queryKey: areaKeys.ofCity(town.id),
    queryFn: ({ signal }) => areaApi.list({ cityPlaceId: town.id, limit: SHOWN }, signal),
  });
  const managements = useQuery({
    queryKey: organizationKeys.ofKindIn(town.id, 'neighbourhood_management'),
    queryFn: ({ signal }) => organizationApi.list({ withinPlaceId: town.id, kind: 'neighbourhood_management', limit: SHOWN }, signal),
  });
  if (monitors.isPending || managements.isPending) return <LoadingState />;
  if (monitors.isError) return <ErrorState error={monitors.error} onRetry={() => void monitors.refetch()} />;
  if (managements.isError) return <ErrorState error={managements.error} onRetry={() => void managements.refetch()} />;
  return (
    <>
      <h3 className="kern-heading-small">{t('hostTown.fundingAreas')}</h3>
      <ItemList items={monitors.data.items} keyOf={(monitor) => monitor.id} empty={t('hostTown.noFundingAreas')} itemClassName="">
        {(monitor) => (
          <>
            <Link className="kern-link" to={`/areas/${monitor.id}`}>
              <LocalizedText value={monitor.title} />
            </Link>
            {monitor.areas.length > 0 && (
              <>
                {': '}
                {monitor.areas.map((area, index) => (
                  <span key={area.id}>
                    {index > 0 && ', '}
                    <PlaceName place={area} />
                  </span>
                ))}
              </>
            )}
          </>
        )}
      </ItemList>
      <h3 className="kern-heading-small">{t('hostTown.neighbourhoodManagements')}</h3>
      <ItemList items={managements.data.items} keyOf={(organization) => organization.id} empty={t('hostTown.noNeighbourhoodManagements')} itemClassName="">
        {(organization) => (
          <>
            <Link className="kern-link" to={`/organizations/${organization.id}`}>
              <OrganizationName organization={organization} />
            </Link>
            {organization.seat && organization.seat.id !== town.id && (
              <>
                {' ('}
                <PlaceName place={organization.seat} />
                {')'}
              </>
            )}
          </>
        )}
      </ItemList>
    </>
  );
}
