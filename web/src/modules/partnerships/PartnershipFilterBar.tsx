import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../shell/FilterBar';
import { EnumFilter } from '../../shell/EnumFilter';
import { partnershipKindValues, partnershipStatusValues } from '../../lib/api/enums';
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
      <EnumFilter label={t('partnerships.kindFilter')} value={kind} values={partnershipKindValues} labels="enums.partnershipKind" allLabel={t('partnerships.allKinds')} onChange={onKindChange} />
      <EnumFilter label={t('partnerships.statusFilter')} value={status} values={partnershipStatusValues} labels="enums.partnershipStatus" allLabel={t('partnerships.allStatuses')} onChange={onStatusChange} />
    </FilterBar>
  );
}
