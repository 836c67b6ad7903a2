import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import type { MatchingProfileSummary } from './matchingApi';

/** What a profile speaks for: the town, the organisation or the expert. */
export function ProfileName({ profile }: { profile: MatchingProfileSummary }) {
  if (profile.place) return <PlaceName place={profile.place} />;
  if (profile.organization) return <OrganizationName organization={profile.organization} />;
  return <>{profile.person?.displayName ?? ''}</>;
}
