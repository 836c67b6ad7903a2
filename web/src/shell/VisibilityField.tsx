import { useTranslation } from 'react-i18next';
import { enumValues } from '../lib/api/contract';
import type { Visibility } from '../lib/api/types';
import { SelectField } from './SelectField';

const VISIBILITIES = enumValues<Visibility>()(['workspace', 'public', 'private']);

/** Who may see a record: everyone, the workspace, or its creator and coordinators. */
export function VisibilityField({ value, onChange }: { value: Visibility; onChange: (value: Visibility) => void }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('forms.visibility')}
      value={value}
      emptyLabel={t('forms.choose')}
      options={VISIBILITIES.map((visibility) => ({ value: visibility, label: t(`enums.visibility.${visibility}`) }))}
      onChange={(chosen) => onChange(VISIBILITIES.find((visibility) => visibility === chosen) ?? 'workspace')}
    />
  );
}
