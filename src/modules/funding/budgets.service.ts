import { canEdit } from '../../core/auth/policy.js';
import { notFound } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { planMeasureBudgets } from '../plans/plans.service.js';
import { findVisibleProject } from '../projects/projects.service.js';
import { GRANTED_STATUSES, type GrantStatus } from './funding.tables.js';
import { grantTotals, listExpenditureRows, listGrantRows, spendingTotals } from './funding.repository.js';
import { presentExpenditure } from './funding.presenter.js';
import { presentGrants } from './grants.service.js';

interface Totals {
  currency: string;
  budget: number;
  granted: number;
  applied: number;
  spent: number;
  remaining: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

function addTo(totals: Map<string, Totals>, currency: string, field: 'budget' | 'granted' | 'applied' | 'spent', amount: number) {
  const line = totals.get(currency) ?? { currency, budget: 0, granted: 0, applied: 0, spent: 0, remaining: 0 };
  line[field] = round(line[field] + amount);
  line.remaining = round(line.budget - line.spent);
  totals.set(currency, line);
}

const grantField = (status: GrantStatus) => (GRANTED_STATUSES.includes(status) ? 'granted' : status === 'applied' ? 'applied' : null);

/** A project's budget against what was granted (approved, running, closed grants), applied for, and spent; by currency. */
export async function projectBudget(ctx: ServiceContext, projectId: string) {
  const project = await findVisibleProject(ctx, projectId);
  if (!project) throw notFound('Project', projectId);
  return ctx.transaction(async (tx, ctx) => {
    const totals = new Map<string, Totals>();
    if (project.budget !== null) addTo(totals, project.currency, 'budget', project.budget);
    for (const row of await grantTotals(tx, ctx.viewer, { projectId })) {
      const field = grantField(row.status);
      if (field) addTo(totals, row.currency, field, row.total);
    }
    for (const row of await spendingTotals(tx, ctx.viewer, { projectId })) addTo(totals, row.currency, 'spent', row.total);
    const grants = await listGrantRows(tx, ctx.viewer, { projectId }, { limit: 100 });
    const expenditures = await listExpenditureRows(tx, ctx.viewer, { projectId }, { limit: 100 });
    return {
      projectId,
      totals: [...totals.values()],
      grants: await presentGrants(ctx, grants.slice(0, 100)),
      expenditures: expenditures.slice(0, 100).map((row) => presentExpenditure(row, canEdit(ctx.viewer, row))),
    };
  });
}

/** Per measure of a plan and in total: budget, granted and spent. */
export async function planBudget(ctx: ServiceContext, planId: string) {
  const plan = await planMeasureBudgets(ctx, planId);
  return ctx.transaction(async (tx, ctx) => {
    const measureIds = plan.measures.map((measure) => measure.id);
    const granted = new Map<string, number>();
    const spent = new Map<string, number>();
    const totals = new Map<string, Totals>();
    for (const measure of plan.measures) if (measure.budget !== null) addTo(totals, measure.currency, 'budget', measure.budget);
    for (const row of await grantTotals(tx, ctx.viewer, { measureIds })) {
      const field = grantField(row.status);
      if (field) addTo(totals, row.currency, field, row.total);
      if (field === 'granted' && row.measureId) granted.set(row.measureId, round((granted.get(row.measureId) ?? 0) + row.total));
    }
    for (const row of await spendingTotals(tx, ctx.viewer, { measureIds })) {
      addTo(totals, row.currency, 'spent', row.total);
      if (row.measureId) spent.set(row.measureId, round((spent.get(row.measureId) ?? 0) + row.total));
    }
    return {
      planId,
      totals: [...totals.values()],
      measures: plan.measures.map((measure) => ({
        measureId: measure.id,
        title: measure.title,
        currency: measure.currency,
        budget: measure.budget,
        granted: granted.get(measure.id) ?? 0,
        spent: spent.get(measure.id) ?? 0,
      })),
    };
  });
}
