import { useTranslation } from 'react-i18next';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import type { OrganizationCandidate } from './organizationApi';

/** What tells an organization from others of the same name: short name, kind, seat, parent organization and workspace. */
export function OrganizationDistinction({ organization }: { organization: OrganizationCandidate }) {
  const { t } = useTranslation();
  return (
    <>
      {organization.shortName && <>{organization.shortName} · </>}
      {t(`enums.organizationKind.${organization.kind}`)}
      {organization.seat && (
        <>
          {' · '}
          <PlaceName place={organization.seat} />
        </>
      )}
      {organization.parent && (
        <>
          {' · '}
          {t('organizations.partOf')} <OrganizationName organization={organization.parent} />
        </>
      )}
      {organization.workspace && <> · {t('organizations.recordedIn', { workspace: organization.workspace.name })}</>}
    </>
  );
}
