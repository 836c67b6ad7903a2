import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { OrganizationName } from '../../shell/OrganizationName';
import { ConfirmSimilarRecords, SimilarRecordsNotice, useSimilarRecords, type SimilarKind } from '../../shell/SimilarRecords';
import { personApi, personKeys, type PersonCandidate } from './personApi';

interface Props {
  givenName: string;
  familyName: string;
  /** Chooses an existing person instead of entering a new one. */
  onUse: (person: PersonCandidate) => void;
}

/** People of the same or a near name the user can see; none for a family name too short to compare. */
export async function findSimilarPeople(givenName: string, familyName: string, signal?: AbortSignal): Promise<PersonCandidate[]> {
  if (familyName.trim().length < 2) return [];
  return (await personApi.similar({ givenName: givenName.trim(), familyName: familyName.trim() }, signal)).items;
}

const people: SimilarKind<PersonCandidate> = {
  texts: 'people',
  name: (candidate) => candidate.displayName,
  details: (candidate) => <PersonDetails candidate={candidate} />,
};

/** Before a person is entered: the people of the same or a near name the user can already see, each to use instead. */
export function SimilarPeople({ givenName, familyName, onUse }: Props) {
  const wanted = useDebouncedValue({ givenName: givenName.trim(), familyName: familyName.trim() });
  const candidates = useSimilarRecords(personKeys.similar(wanted), (signal) => findSimilarPeople(wanted.givenName, wanted.familyName, signal), wanted.familyName.length >= 2);
  return <SimilarRecordsNotice kind={people} candidates={candidates} onUse={onUse} />;
}

/** Asked on saving a new person while similar ones exist: use one of them, or create the new one anyway. */
export function ConfirmSimilarPeople(props: { candidates: PersonCandidate[]; onUse: Props['onUse']; onCreateAnyway: () => void }) {
  return <ConfirmSimilarRecords kind={people} {...props} />;
}

/** Where the person works now, and the workspace that recorded them. */
function PersonDetails({ candidate }: { candidate: PersonCandidate }) {
  const { t } = useTranslation();
  return (
    <>
      {candidate.current.flatMap((affiliation) =>
        affiliation.organization
          ? [
              <span key={affiliation.id}>
                <OrganizationName organization={affiliation.organization} />
                {affiliation.role && <> ({affiliation.role})</>}
                {' · '}
              </span>,
            ]
          : [],
      )}
      {candidate.workspace && t('organizations.recordedIn', { workspace: candidate.workspace.name })}
    </>
  );
}
