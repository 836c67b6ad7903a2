import type { LocalizedText, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';

export type PlanStatus = 'draft' | 'agreed' | 'active' | 'done';
export type ProgressStatus = 'on_track' | 'at_risk' | 'delayed' | 'done';
export const PLAN_STATUSES: PlanStatus[] = ['draft', 'agreed', 'active', 'done'];
export const PROGRESS_STATUSES: ProgressStatus[] = ['on_track', 'at_risk', 'delayed', 'done'];

export interface ProjectRef {
  id: string;
  title: LocalizedText;
  status: string;
}

export interface PlanSummary {
  id: string;
  title: LocalizedText;
  scope: 'partnership' | 'area';
  partnership: { id: string; title: LocalizedText } | null;
  area: PlaceRef | null;
  periodStart: string;
  periodEnd: string;
  status: PlanStatus;
  historical: boolean;
  visibility: Visibility;
  currentVersion: number | null;
}

export interface Indicator {
  id: string;
  name: LocalizedText;
  unit: string;
  baseline: number | null;
  target: number;
}

export interface ProgressUpdate {
  id: string;
  measureId: string;
  reportedOn: string;
  status: ProgressStatus;
  indicatorValues: Record<string, number>;
  note: string;
  reportedBy: string | null;
  createdAt: string;
}

export interface Measure {
  id: string;
  priorityId: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
  responsible: OrganizationRef | null;
  partners: OrganizationRef[];
  startDate: string | null;
  endDate: string | null;
  budget: number | null;
  currency: string;
  funding: LocalizedText;
  indicators: Indicator[];
  project: ProjectRef | null;
  source: { type: string; id: string; title: LocalizedText } | null;
  latestProgress: ProgressUpdate | null;
  overdue: boolean;
}

export interface Priority {
  id: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
  theme: { id: string; slug: string; name: LocalizedText } | null;
}

export interface Side {
  id: string;
  label: LocalizedText;
  place: PlaceRef | null;
  organization: OrganizationRef | null;
  workspace: { id: string; slug: string; name: string };
  agreement: { userName: string; agreedAt: string; revision: number; current: boolean } | null;
  canAgree: boolean;
  agreeBlocker: AgreeBlocker | null;
  canWithdraw: boolean;
  canInvite: boolean;
  inviteBlocker: InviteBlocker | null;
}

export type InviteBlocker = 'plan_not_draft' | 'agreed' | 'signed_out' | 'read_only_token' | 'not_coordinator';

export type AgreeBlocker = 'plan_not_draft' | 'agreed' | 'signed_out' | 'read_only_token' | 'not_coordinator' | 'agreed_other_side';

export interface VersionSummary {
  number: number;
  agreedAt: string;
  agreements: { sideId: string; side: string; userName: string; agreedAt: string }[];
}

export interface PlanDetail extends PlanSummary {
  workspaceId: string;
  summary: LocalizedText;
  revision: number;
  canEdit: boolean;
  canReport: boolean;
  sides: Side[];
  priorities: Priority[];
  measures: Measure[];
  versions: VersionSummary[];
}

export interface SnapshotChange {
  path: string[];
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
  itemTitle: LocalizedText | null;
}

export interface Dashboard {
  today: string;
  period: { start: string; end: string };
  totals: { measures: number; overdue: number; byStatus: Record<string, number> };
  byPriority: { priorityId: string; title: LocalizedText; measures: number; onTrack: number; atRisk: number; delayed: number; done: number; notReported: number; overdue: number }[];
  timeline: { measureId: string; priorityId: string; title: LocalizedText; startDate: string | null; endDate: string | null; status: ProgressStatus | null; lastReportedOn: string | null; overdue: boolean }[];
}

export interface PlanBudget {
  planId: string;
  totals: BudgetTotals[];
  measures: { measureId: string; title: LocalizedText; currency: string; budget: number | null; granted: number; spent: number }[];
}

export interface BudgetTotals {
  currency: string;
  budget: number;
  granted: number;
  applied: number;
  spent: number;
  remaining: number;
}
