import { useTranslation } from 'react-i18next';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { ORGANIZATION_KINDS } from './organizationApi';

type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** What kind of organization it is, for a form. */
export function OrganizationKindField({ value, onChange, error, required }: { value: OrganizationKind | ''; onChange: (kind: OrganizationKind | '') => void; error?: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <EnumSelectField
      label={t('organizations.kind')}
      value={value}
      emptyLabel={t('forms.choose')}
      values={ORGANIZATION_KINDS}
      labelOf={(kind) => t(`enums.organizationKind.${kind}`)}
      onChange={onChange}
      error={error}
      required={required}
    />
  );
}
