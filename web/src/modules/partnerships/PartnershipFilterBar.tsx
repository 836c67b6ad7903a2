import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../shell/FilterBar';
import { EnumSelectField } from '../../shell/EnumSelectField';
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
      <EnumSelectField
        label={t('partnerships.kindFilter')}
        value={kind ?? ''}
        emptyLabel={t('partnerships.allKinds')}
        values={PARTNERSHIP_KINDS}
        labelOf={(value) => t(`enums.partnershipKind.${value}`)}
        onChange={(value) => onKindChange(value || undefined)}
      />
      <EnumSelectField
        label={t('partnerships.statusFilter')}
        value={status ?? ''}
        emptyLabel={t('partnerships.allStatuses')}
        values={PARTNERSHIP_STATUSES}
        labelOf={(value) => t(`enums.partnershipStatus.${value}`)}
        onChange={(value) => onStatusChange(value || undefined)}
      />
    </FilterBar>
  );
}
