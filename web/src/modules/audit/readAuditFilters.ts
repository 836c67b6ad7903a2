import { AUDIT_ENTITY_TYPES, type AuditFilters } from './auditApi';
import { auditActionValues } from '../../lib/api/enums';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The log's filters from the address (so a filtered view can be bookmarked); bad values read as unset. */
export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const entityType = AUDIT_ENTITY_TYPES.find((candidate) => candidate === params.get('entityType'));
  const action = auditActionValues.find((candidate) => candidate === params.get('action'));
  const actorId = params.get('actorId') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    ...(entityType ? { entityType } : {}),
    ...(action ? { action } : {}),
    ...(ID.test(actorId) ? { actorId } : {}),
    ...(DAY.test(from) ? { from } : {}),
    ...(DAY.test(to) ? { to } : {}),
  };
}
