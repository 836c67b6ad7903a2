import type { LocalizedText, Visibility } from '../../lib/api/types';
import type { ExchangeSummary } from '../exchanges/exchangeTypes';
import type { PartnershipLink } from '../partnerships/partnershipTypes';

/** A visit programme: a series of exchanges shown as "part 2 of 3". */
export interface ProgrammeDetail {
  id: string;
  workspaceId: string;
  title: LocalizedText;
  visibility: Visibility;
  plannedParts: number | null;
  partCount: number;
  partnership: PartnershipLink | null;
  canEdit: boolean;
  parts: ExchangeSummary[];
}
