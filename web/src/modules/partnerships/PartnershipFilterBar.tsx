import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../shell/FilterBar';
import { SelectField } from '../../shell/SelectField';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from './partnershipApi';
import type { PartnershipKind, PartnershipStatus } from './partnershipApi';

interface Props {
  kind: PartnershipKind | undefined;
  status: PartnershipStatus | undefined;
  onKindChange: (kind: PartnershipKind | undefined) => void;
  onStatusChange: (status: PartnershipStatus | undefined) => void;
}

export function PartnershipFilterBar({ kind, status, onKindChange, onStatusChange }: Props) {
  const { t } = useTranslation();
  return (
    <FilterBar>
      <SelectField
        label={t('partnerships.kindFilter')}
        value={kind ?? ''}
        emptyLabel={t('partnerships.allKinds')}
        options={PARTNERSHIP_KINDS.map((value) => ({ value, label: t(`enums.partnershipKind.${value}`) }))}
        onChange={(value) => onKindChange(PARTNERSHIP_KINDS.find((candidate) => candidate === value))}
      />
      <SelectField
        label={t('partnerships.statusFilter')}
        value={status ?? ''}
        emptyLabel={t('partnerships.allStatuses')}
        options={PARTNERSHIP_STATUSES.map((value) => ({ value, label: t(`enums.partnershipStatus.${value}`) }))}
        onChange={(value) => onStatusChange(PARTNERSHIP_STATUSES.find((candidate) => candidate === value))}
      />
    </FilterBar>
  );
}
