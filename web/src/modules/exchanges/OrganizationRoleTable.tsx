import { useTranslation } from 'react-i18next';
import { OrganizationName } from '../../shell/OrganizationName';
import { RecordTable } from '../../shell/RecordTable';
import type { ExchangeDetail } from './exchangeApi';

/** Who hosted, organised, implemented or funded an exchange. */
export function OrganizationRoleTable({ organizations }: { organizations: ExchangeDetail['organizations'] }) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={t('exchanges.organizationsCaption')}
      empty={t('exchanges.organizationsEmpty')}
      rows={organizations}
      rowKey={({ role, organization }) => `${organization.id}:${role}`}
      columns={[
        { header: t('exchanges.columnOrganization'), cell: ({ organization }) => <OrganizationName organization={organization} /> },
        { header: t('exchanges.columnRole'), cell: ({ role }) => t(`enums.organizationRole.${role}`) },
        { header: t('exchanges.columnOrganizationKind'), cell: ({ organization }) => t(`enums.organizationKind.${organization.kind}`) },
      ]}
    />
  );
}
