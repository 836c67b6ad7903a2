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
      {monitors.data.items.length === 0 ? (
        <p className="kern-body">{t('hostTown.noFundingAreas')}</p>
      ) : (
        <ul className="kern-list">
          {monitors.data.items.map((monitor) => (
            <li key={monitor.id}>
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
            </li>
          ))}
        </ul>
      )}
      <h3 className="kern-heading-small">{t('hostTown.neighbourhoodManagements')}</h3>
      {managements.data.items.length === 0 ? (
        <p className="kern-body">{t('hostTown.noNeighbourhoodManagements')}</p>
      ) : (
        <ul className="kern-list">
          {managements.data.items.map((organization) => (
            <li key={organization.id}>
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
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
