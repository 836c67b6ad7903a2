import { PlaceName } from '../../shell/PlaceName';
import type { ExchangeSummary } from './exchangeApi';

/** "Rathaus, Leipzig", just the place, or just the venue's own name. */
export function VenueName({ exchange }: { exchange: Pick<ExchangeSummary, 'venue' | 'venueName'> }) {
  const { venue, venueName } = exchange;
  if (venue && venueName) {
    return (
      <>
        {venueName}, <PlaceName place={venue} />
      </>
    );
  }
  if (venue) return <PlaceName place={venue} />;
  return <>{venueName ?? ''}</>;
}
