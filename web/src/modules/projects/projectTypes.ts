import type { LocalizedText, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';

export const PROJECT_STATUSES = ['idea', 'planned', 'running', 'completed', 'discontinued'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PARTNER_ROLES = ['partner', 'consultancy', 'implementer', 'funder', 'advisor', 'client', 'co_host', 'process_support', 'preparation', 'execution', 'follow_up', 'sponsor'] as const;
export const PHASE_STATUSES = ['planned', 'running', 'completed'] as const;
export const OUTPUT_KINDS = ['report', 'concept', 'action_plan', 'tool', 'event', 'publication', 'document'] as const;
export const TRANSFER_RATINGS = ['transferable', 'partly_transferable', 'not_transferable', 'open'] as const;

export interface ProjectSummary {
  id: string;
  title: LocalizedText;
  status: ProjectStatus;
  historical: boolean;
  visibility: Visibility;
  carrier: OrganizationRef | null;
  pilotArea: PlaceRef | null;
  startDate: string | null;
  endDate: string | null;
}

export interface ProjectDetail extends ProjectSummary {
  workspaceId: string;
  canEdit: boolean;
  summary: LocalizedText;
  goals: LocalizedText;
  partnership: { id: string; title: LocalizedText } | null;
  budget: number | null;
  currency: string;
  website: string | null;
  partners: { organization: OrganizationRef; role: (typeof PARTNER_ROLES)[number] }[];
  contacts: {
    id: string;
    role: string;
    organization: { id: string; name: string; names: LocalizedText; shortName: string | null; address: string | null; phone: string | null; email: string | null; website: string | null } | null;
    person: { id: string; displayName: string; phone: string | null; email: string | null; erased: boolean } | null;
  }[];
  phases: { id: string; title: LocalizedText; description: LocalizedText; startDate: string | null; endDate: string | null; status: (typeof PHASE_STATUSES)[number] }[];
  outputs: { id: string; kind: (typeof OUTPUT_KINDS)[number]; title: LocalizedText; url: string | null; issuedOn: string | null }[];
  transferability: { id: string; place: PlaceRef | null; context: string; tried: LocalizedText; result: LocalizedText; rating: (typeof TRANSFER_RATINGS)[number]; assessedOn: string | null }[];
}
