import { useTranslation } from 'react-i18next';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { organizationKindValues } from '../../lib/api/enums';

type OrganizationKind = (typeof organizationKindValues)[number];

/** What kind of organization it is, for a form. */
export function OrganizationKindField(field: { value: OrganizationKind | ''; onChange: (kind: OrganizationKind | '') => void; error?: string; required?: boolean }) {
  const { t } = useTranslation();
  return <EnumSelectField label={t('organizations.kind')} values={organizationKindValues} labels="enums.organizationKind" {...field} />;
}
