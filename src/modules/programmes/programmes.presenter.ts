import { pickFields } from '../../core/records/pick-fields.js';
import type { ExchangeReferences } from '../exchanges/exchanges.service.js';
import { presentExchangeSummary } from '../exchanges/exchanges.service.js';
import type { PartnershipLink } from '../partnerships/partnerships.schemas.js';
import type { PartRow, ProgrammeRow } from '../exchanges/exchanges.service.js';
import type { ProgrammeDetail, ProgrammeSummary } from './programmes.schemas.js';

export function presentProgrammeSummary(row: ProgrammeRow, partCount: number, partnership: PartnershipLink | undefined): ProgrammeSummary {
  return {
    ...pickFields(row, ['id', 'title', 'visibility', 'plannedParts']),
    partCount,
    partnership: partnership ?? null,
  };
}

export function presentProgrammeDetail(
  row: ProgrammeRow,
  parts: PartRow[],
  refs: Omit<ExchangeReferences, 'series'>,
  partnership: PartnershipLink | undefined,
  canEdit: boolean,
): ProgrammeDetail {
  const exchangeRefs: ExchangeReferences = { ...refs, series: new Map([[row.id, row]]) };
  return {
    ...presentProgrammeSummary(row, parts.length, partnership),
    workspaceId: row.workspaceId,
    canEdit,
    parts: parts.map((part) => presentExchangeSummary(part, exchangeRefs)),
  };
}
