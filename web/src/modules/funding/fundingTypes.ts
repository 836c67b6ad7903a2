import type { LocalizedText, OrganizationRef, Visibility } from '../../lib/api/types';

export const PROGRAMME_LEVELS = ['eu', 'national', 'state', 'municipal', 'foundation', 'international'] as const;
export const INSTRUMENT_KINDS = ['grant', 'loan', 'advisory', 'network', 'prize', 'other'] as const;
export const GRANT_STATUSES = ['applied', 'approved', 'running', 'closed', 'rejected'] as const;

export interface ProgrammeSummary {
  id: string;
  name: LocalizedText;
  level: (typeof PROGRAMME_LEVELS)[number];
  visibility: Visibility;
  funder: OrganizationRef | null;
  periodStart: string | null;
  periodEnd: string | null;
  nextDeadline: string | null;
}

export interface Instrument {
  id: string;
  name: LocalizedText;
  kind: (typeof INSTRUMENT_KINDS)[number];
  maxAmount: number | null;
  fundingRate: number | null;
  description: LocalizedText;
}

export interface ProgrammeDetail extends ProgrammeSummary {
  workspaceId: string;
  canEdit: boolean;
  description: LocalizedText;
  website: string | null;
  instruments: Instrument[];
  deadlines: { id: string; dueOn: string; label: LocalizedText; instrumentId: string | null }[];
}

export interface Grant {
  id: string;
  programme: { id: string; name: LocalizedText };
  project: { id: string; title: LocalizedText } | null;
  measure: { id: string; title: LocalizedText; plan: { id: string; title: LocalizedText } } | null;
  recipient: OrganizationRef | null;
  reference: string;
  amount: number;
  currency: string;
  periodStart: string | null;
  periodEnd: string | null;
  status: (typeof GRANT_STATUSES)[number];
  canEdit: boolean;
}
