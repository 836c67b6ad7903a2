import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { OrganizationName } from '../../shell/OrganizationName';
import { ConfirmSimilarRecords, SimilarRecordsNotice, useSimilarRecords } from '../../shell/SimilarRecords';
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

/** Before an organization is entered: the ones of the same or a near name (and seat) the user can already see, each to use instead. */
export function SimilarOrganizations({ name, seatPlaceId, onUse }: Props) {
  const { t } = useTranslation();
  const wanted = useDebouncedValue({ name: name.trim(), seatPlaceId });
  const candidates = useSimilarRecords(organizationKeys.similar(wanted), (signal) => findSimilarOrganizations(wanted.name, wanted.seatPlaceId, signal), wanted.name.length >= 3);
  return (
    <SimilarRecordsNotice
      title={t('organizations.similarTitle', { count: candidates.length })}
      intro={t('organizations.similarIntro')}
      candidates={candidates}
      onUse={onUse}
      useLabel={t('organizations.useThis')}
      name={organizationName}
      details={organizationDetails}
    />
  );
}

/** Asked on saving a new organization while similar ones exist: use one of them, or create the new one anyway. */
export function ConfirmSimilarOrganizations({ candidates, onUse, onCreateAnyway }: { candidates: OrganizationCandidate[]; onUse: Props['onUse']; onCreateAnyway: () => void }) {
  const { t } = useTranslation();
  return <ConfirmSimilarRecords candidates={candidates} onUse={onUse} onCreateAnyway={onCreateAnyway} useLabel={t('organizations.useThis')} name={organizationName} details={organizationDetails} />;
}

const organizationName = (candidate: OrganizationCandidate) => <OrganizationName organization={candidate} />;
const organizationDetails = (candidate: OrganizationCandidate) => <OrganizationDistinction organization={candidate} />;
