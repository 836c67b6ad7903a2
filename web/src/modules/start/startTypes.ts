import type { LocalizedText } from '../../lib/api/types';
import type { DocumentSummary } from '../documents/documentTypes';
import type { ExchangeSummary } from '../exchanges/exchangeTypes';
import type { PartnershipMapItem } from '../partnerships/partnershipTypes';
import type { Side } from '../plans/planTypes';

interface RecordLink {
  id: string;
  title: LocalizedText;
}

export interface OpenRegistration {
  exchange: RecordLink & { startDate: string; endDate: string };
  invited: number;
  waitlisted: number;
}

export interface PlanAwaitingAgreement {
  plan: RecordLink;
  side: Pick<Side, 'id' | 'label' | 'place' | 'organization' | 'workspace'>;
}

export interface OverdueMeasure {
  id: string;
  title: LocalizedText;
  endDate: string;
  plan: RecordLink;
}

export interface StartPageData {
  counts: { partnerships: number; exchanges: number; documents: number; towns: number };
  map: { items: PartnershipMapItem[]; more: boolean };
  upcomingExchanges: ExchangeSummary[];
  recentDocuments: DocumentSummary[];
  mine: null | {
    upcomingExchanges: ExchangeSummary[];
    openRegistrations: OpenRegistration[];
    plansAwaitingAgreement: PlanAwaitingAgreement[];
    overdueMeasures: OverdueMeasure[];
    documentsToReview: DocumentSummary[];
  };
}
