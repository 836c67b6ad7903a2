import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { countryName } from '../../lib/countryName';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { RecordIntro } from '../../shell/RecordIntro';
import { EditRow } from '../../shell/EditLink';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { BadgeRow } from '../../shell/BadgeRow';
import { FactList } from '../../shell/FactList';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { InvolvementSection } from '../involvement/InvolvementSection';
import { MergeSection } from '../../shell/MergeSection';
import { OrganizationName } from '../../shell/OrganizationName';
import { PageHeading } from '../../shell/PageHeading';
import { PlaceName } from '../../shell/PlaceName';
import { Section } from '../../shell/Section';
import { OrganizationAutocomplete } from './OrganizationAutocomplete';
import type { OrganizationDetail } from './organizationApi';
import { useOrganization } from './useOrganization';
import { ItemList } from '../../shell/ItemList';

export function OrganizationDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useOrganization(id);
  return (
    <RecordDetailFrame back={{ to: '/organizations', label: t('organizations.backToList') }} query={query} fallbackTitle={t('organizations.detailFallbackTitle')}>
      {(record) => <OrganizationDetailView organization={record} />}
    </RecordDetailFrame>
  );
}

function OrganizationDetailView({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <PageHeading title={pickName(organization.names, organization.name, language).text}>
        <OrganizationName organization={organization} />
      </PageHeading>
      <BadgeRow badges={[t(`enums.organizationKind.${organization.kind}`)]} themes={organization.themes} />
      <EditRow to={`/organizations/${organization.id}/edit`} canEdit={organization.canEdit} />
      <RecordIntro text={organization.description} />
      <Section title={t('organizations.facts')}>
        <FactList
          facts={[
            { label: t('organizations.name'), value: organization.name },
            { label: t('organizations.shortName'), value: organization.shortName },
            {
              label: t('organizations.seat'),
              value: organization.seat && (
                <Link className="kern-link" to={`/places/${organization.seat.id}`}>
                  <PlaceName place={organization.seat} />
                </Link>
              ),
            },
            { label: t('organizations.country'), value: organization.countryCode && countryName(organization.countryCode, language) },
            {
              label: t('organizations.parent'),
              value: organization.parent && (
                <Link className="kern-link" to={`/organizations/${organization.parent.id}`}>
                  <OrganizationName organization={organization.parent} />
                </Link>
              ),
            },
            { label: t('organizations.address'), value: organization.address },
            { label: t('organizations.phone'), value: organization.phone && <a className="kern-link" href={`tel:${organization.phone.replace(/\s/g, '')}`}>{organization.phone}</a> },
            { label: t('organizations.email'), value: organization.email && <a className="kern-link" href={`mailto:${organization.email}`}>{organization.email}</a> },
            { label: t('organizations.website'), value: organization.website && <a className="kern-link" href={organization.website} rel="noopener noreferrer">{organization.website}</a> },
            { label: t('organizations.iatiIdentifier'), value: organization.iatiIdentifier },
          ]}
        />
      </Section>
      <Section title={t('organizations.children')}>
        <ItemList items={organization.children} keyOf={(child) => child.id} empty={t('organizations.noChildren')} itemClassName="">
          {(child) => (
            <>
              <Link className="kern-link" to={`/organizations/${child.id}`}>
                <OrganizationName organization={child} />
              </Link>
            </>
          )}
        </ItemList>
      </Section>
      <Section title={t('organizations.people')}>
        <ItemList items={organization.people} keyOf={(member) => member.affiliationId} empty={t('organizations.noPeople')} itemClassName="">
          {(member) => (
            <>
              {member.erased ? (
                t('people.anonymised')
              ) : (
                <Link className="kern-link" to={`/people/${member.personId}`}>
                  {member.displayName}
                </Link>
              )}
              {member.role && ` – ${member.role}`}
              {member.to && ` (${t('people.until', { date: member.to })})`}
            </>
          )}
        </ItemList>
      </Section>
      {organization.canEdit && (
        <MergeSection
          collection="/organizations"
          recordId={organization.id}
          picker={(onSelect) => (
            <OrganizationAutocomplete label={t('merge.into')} onSelect={(chosen) => onSelect(chosen && chosen.id !== organization.id ? chosen.id : null)} />
          )}
        />
      )}
      <InvolvementSection collection="organizations" id={organization.id} />
      <RecordHistorySection path={`/organizations/${encodeURIComponent(organization.id)}/history`} workspaceId={organization.workspaceId} undoCollection="/organizations" />
    </>
  );
}
