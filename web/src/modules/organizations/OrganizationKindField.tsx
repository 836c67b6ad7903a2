import { useTranslation } from 'react-i18next';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { ORGANIZATION_KINDS } from './organizationApi';

type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** What kind of organization it is, for a form. */
export function OrganizationKindField(field: { value: OrganizationKind | ''; onChange: (kind: OrganizationKind | '') => void; error?: string; required?: boolean }) {
  const { t } = useTranslation();
  return <EnumSelectField label={t('organizations.kind')} emptyLabel={t('forms.choose')} values={ORGANIZATION_KINDS} labelOf={(kind) => t(`enums.organizationKind.${kind}`)} {...field} />;
}
