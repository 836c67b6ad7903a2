import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { OrganizationName } from '../../shell/OrganizationName';
import { ConfirmSimilarRecords, SimilarRecordsNotice, useSimilarRecords, type SimilarKind } from '../../shell/SimilarRecords';
import { OrganizationDistinction } from './OrganizationDistinction';
import { organizationApi, organizationKeys, type OrganizationCandidate } from './organizationApi';

interface Props {
  name: string;
  seatPlaceId: string | null;
  /** Chooses an existing organization instead of entering a new one. */
  onUse: (organization: OrganizationCandidate) => void;
}

/** Organizations of the same or a near name (and the same seat) the user can see; none for a name too short to compare. */
export async function findSimilarOrganizations(name: string, seatPlaceId: string | null, signal?: AbortSignal): Promise<OrganizationCandidate[]> {
  if (name.trim().length < 3) return [];
  return (await organizationApi.similar({ name: name.trim(), ...(seatPlaceId ? { seatPlaceId } : {}) }, signal)).items;
}

const organizations: SimilarKind<OrganizationCandidate> = {
  texts: 'organizations',
  name: (candidate) => <OrganizationName organization={candidate} />,
  details: (candidate) => <OrganizationDistinction organization={candidate} />,
};

/** Before an organization is entered: the ones of the same or a near name (and seat) the user can already see, each to use instead. */
export function SimilarOrganizations({ name, seatPlaceId, onUse }: Props) {
  const wanted = useDebouncedValue({ name: name.trim(), seatPlaceId });
  const candidates = useSimilarRecords(organizationKeys.similar(wanted), (signal) => findSimilarOrganizations(wanted.name, wanted.seatPlaceId, signal), wanted.name.length >= 3);
  return <SimilarRecordsNotice kind={organizations} candidates={candidates} onUse={onUse} />;
}

/** Asked on saving a new organization while similar ones exist: use one of them, or create the new one anyway. */
export function ConfirmSimilarOrganizations(props: { candidates: OrganizationCandidate[]; onUse: Props['onUse']; onCreateAnyway: () => void }) {
  return <ConfirmSimilarRecords kind={organizations} {...props} />;
}
