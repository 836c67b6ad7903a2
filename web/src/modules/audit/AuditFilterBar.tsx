import { useTranslation } from 'react-i18next';
import { DateField } from '../../shell/DateField';
import { FilterBar } from '../../shell/FilterBar';
import { SelectField } from '../../shell/SelectField';
import type { Member } from '../workspaces/workspaceApi';
import { AUDIT_ENTITY_TYPES, type AuditFilters } from './auditApi';
import { entityTypeName } from './entityTypeName';
import { auditActionValues } from '../../lib/api/enums';

interface Props {
  filters: AuditFilters;
  members: Member[];
  onChange: (name: keyof AuditFilters, value: string) => void;
}

/** Narrows the log by kind of record, action, person and a span of days. */
export function AuditFilterBar({ filters, members, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <FilterBar>
      <SelectField
        label={t('audit.entityTypeFilter')}
        value={filters.entityType ?? ''}
        emptyLabel={t('audit.allEntityTypes')}
        options={AUDIT_ENTITY_TYPES.map((value) => ({ value, label: entityTypeName(value, t) }))}
        onChange={(value) => onChange('entityType', value)}
      />
      <SelectField
        label={t('audit.actionFilter')}
        value={filters.action ?? ''}
        emptyLabel={t('audit.allActions')}
        options={auditActionValues.map((value) => ({ value, label: t(`enums.auditAction.${value}`) }))}
        onChange={(value) => onChange('action', value)}
      />
      <SelectField
        label={t('audit.actorFilter')}
        value={filters.actorId ?? ''}
        emptyLabel={t('audit.allActors')}
        options={members.map((member) => ({ value: member.userId, label: member.displayName }))}
        onChange={(value) => onChange('actorId', value)}
      />
      <DateField id="audit-from" label={t('audit.from')} value={filters.from ?? ''} max={filters.to} onChange={(value) => onChange('from', value)} />
      <DateField id="audit-to" label={t('audit.to')} value={filters.to ?? ''} min={filters.from} onChange={(value) => onChange('to', value)} />
    </FilterBar>
  );
}
