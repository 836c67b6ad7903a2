import { useTranslation } from 'react-i18next';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import type { OrganizationSummary } from './organizationApi';
import { RecordTable } from '../../shell/RecordTable';

export function OrganizationTable({ organizations, caption }: { organizations: OrganizationSummary[]; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <RecordTable
      caption={caption}
      empty={t('organizations.empty')}
      rows={organizations}
      columns={[
        { header: t('organizations.columnName'), link: (organization) => `/organizations/${organization.id}`, cell: (organization) => <OrganizationName organization={organization} /> },
        { header: t('organizations.columnKind'), cell: (organization) => t(`enums.organizationKind.${organization.kind}`) },
        { header: t('organizations.columnSeat'), cell: (organization) => organization.seat && <PlaceName place={organization.seat} /> },
        { header: t('organizations.columnThemes'), cell: (organization) => organization.themes.map((theme) => pickText(theme.name, language, theme.slug).text).join(', ') },
      ]}
    />
  );
}
