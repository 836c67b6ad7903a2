import { pickFields } from '../../core/records/pick-fields.js';
import type { OrganizationRef } from '../actors/organizations.schemas.js';
import type { ProjectRef } from '../projects/projects.schemas.js';
import type { DeadlineRow, ExpenditureRow, GrantRow, ProgrammeRow } from './funding.repository.js';
import type { ExpenditureView, GrantView, ProgrammeDetail, ProgrammeSummary } from './funding.schemas.js';

/** What grants refer to, as far as the viewer may see it. */
export interface GrantRefs {
  programmes: Map<string, { name: Record<string, string> }>;
  projects: Map<string, ProjectRef>;
  measures: Map<string, { id: string; title: Record<string, string>; plan: { id: string; title: Record<string, string> } }>;
  recipients: Map<string, OrganizationRef>;
}

/** What a grant says about itself: shown and recorded in its history alike. */
const GRANT_TERMS = ['reference', 'amount', 'currency', 'periodStart', 'periodEnd', 'status', 'note'] as const;

export function presentGrant(row: GrantRow, refs: GrantRefs, canEdit: boolean): GrantView {
  const programme = refs.programmes.get(row.programmeId);
  const measure = row.measureId ? refs.measures.get(row.measureId) : undefined;
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    visibility: row.visibility,
    canEdit,
    programme: { id: row.programmeId, name: programme?.name ?? {} },
    instrumentId: row.instrumentId,
    project: (row.projectId && refs.projects.get(row.projectId)) || null,
    measure: measure ? { id: measure.id, title: measure.title, plan: measure.plan } : null,
    recipient: (row.recipientOrganizationId && refs.recipients.get(row.recipientOrganizationId)) || null,
    ...pickFields(row, GRANT_TERMS),
  };
}

export const auditedGrant = (row: GrantRow) => ({
  ...pickFields(row, ['programmeId', 'instrumentId', 'projectId', 'measureId', 'recipientOrganizationId']),
  ...pickFields(row, GRANT_TERMS),
  visibility: row.visibility,
});

export const grantLabel = (row: GrantRow) => row.reference || `${row.amount} ${row.currency}`;

/** What an expenditure says about itself: shown and recorded in its history alike. */
const EXPENDITURE_TERMS = ['projectId', 'measureId', 'grantId', 'spentOn', 'amount', 'currency', 'description'] as const;

export const presentExpenditure = (row: ExpenditureRow, canEdit: boolean): ExpenditureView => ({
  id: row.id,
  workspaceId: row.workspaceId,
  visibility: row.visibility,
  canEdit,
  ...pickFields(row, EXPENDITURE_TERMS),
});

export const auditedExpenditure = (row: ExpenditureRow) => ({
  ...pickFields(row, EXPENDITURE_TERMS),
  visibility: row.visibility,
});

export const expenditureLabel = (row: ExpenditureRow) => row.description || `${row.amount} ${row.currency}`;

/** `today` decides which deadline is the next one. */
export function presentProgrammeSummary(row: ProgrammeRow, funders: Map<string, OrganizationRef>, deadlines: DeadlineRow[], today: string): ProgrammeSummary {
  return {
    ...pickFields(row, ['id', 'name', 'level', 'visibility']),
    funder: (row.funderOrganizationId && funders.get(row.funderOrganizationId)) || null,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    nextDeadline: deadlines.filter((deadline) => deadline.programmeId === row.id && deadline.dueOn >= today).map((deadline) => deadline.dueOn).sort()[0] ?? null,
  };
}

export const presentProgrammeDetail = (row: ProgrammeRow, summary: ProgrammeSummary, deadlines: DeadlineRow[], canEdit: boolean): ProgrammeDetail => ({
  ...summary,
  workspaceId: row.workspaceId,
  canEdit,
  description: row.description,
  website: row.website,
  instruments: row.instruments,
  deadlines: deadlines.map((deadline) => ({ id: deadline.id, dueOn: deadline.dueOn, label: deadline.label, instrumentId: deadline.instrumentId })),
});

export const presentDeadline = ({ deadline, programme }: { deadline: DeadlineRow; programme: ProgrammeRow }) => ({
  id: deadline.id,
  dueOn: deadline.dueOn,
  label: deadline.label,
  instrumentId: deadline.instrumentId,
  programme: { id: programme.id, name: programme.name },
});

export const auditedProgramme = (row: ProgrammeRow, deadlines: { dueOn: string; label: Record<string, string> }[]) => ({
  ...pickFields(row, ['name', 'description', 'level', 'funderOrganizationId', 'periodStart', 'periodEnd', 'website', 'visibility', 'instruments']),
  deadlines: deadlines.map((deadline) => ({ dueOn: deadline.dueOn, label: deadline.label })),
});
