import { sql } from 'drizzle-orm';
import { involvementSource } from '../involvement/involvement.service.js';
import { planVisibleTo } from './plans.repository.js';
import { actionPlanMeasurePartners, actionPlanMeasures, actionPlans, actionPlanSides } from './plans.tables.js';

/** Action plans an organisation or a place is a side of, and area plans of a place. */
export const planInvolvement = involvementSource({
  kind: 'plan',
  table: actionPlans,
  visible: (tx, viewer) => planVisibleTo(tx, viewer),
  date: actionPlans.periodStart,
  endDate: actionPlans.periodEnd,
  title: actionPlans.title,
  subkind: actionPlans.status,
  path: sql`'/action-plans/' || ${actionPlans.id}`,
  links: {
    organization: (id) => sql`SELECT plan_id AS record_id, 'side' AS role FROM ${actionPlanSides} WHERE organization_id = ${id}::uuid`,
    place: (id) => sql`
      SELECT plan_id AS record_id, 'side' AS role FROM ${actionPlanSides} WHERE place_id = ${id}::uuid
      UNION ALL SELECT id, 'area' FROM ${actionPlans} WHERE area_place_id = ${id}::uuid`,
  },
});

/** Measures an organisation is responsible for or a partner in, read as their plan is. */
export const measureInvolvement = involvementSource({
  kind: 'measure',
  table: actionPlanMeasures,
  visible: (tx, viewer) => sql`EXISTS (SELECT 1 FROM ${actionPlans} WHERE ${actionPlans.id} = ${actionPlanMeasures.planId} AND ${planVisibleTo(tx, viewer)})`,
  date: sql`coalesce(${actionPlanMeasures.startDate}, ${actionPlanMeasures.createdAt}::date)`,
  endDate: actionPlanMeasures.endDate,
  title: actionPlanMeasures.title,
  subkind: sql`NULL::text`,
  path: sql`'/action-plans/' || ${actionPlanMeasures.planId} || '/measures/' || ${actionPlanMeasures.id}`,
  links: {
    organization: (id) => sql`
      SELECT id AS record_id, 'responsible' AS role FROM ${actionPlanMeasures} WHERE responsible_organization_id = ${id}::uuid
      UNION ALL SELECT measure_id, 'partner' FROM ${actionPlanMeasurePartners} WHERE organization_id = ${id}::uuid`,
  },
});
