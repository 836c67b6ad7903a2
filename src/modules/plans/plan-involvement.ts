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
  path: '/action-plans/',
  links: {
    organization: [{ record: actionPlanSides.planId, actor: actionPlanSides.organizationId, role: 'side' }],
    place: [
      { record: actionPlanSides.planId, actor: actionPlanSides.placeId, role: 'side' },
      { record: actionPlans.id, actor: actionPlans.areaPlaceId, role: 'area' },
    ],
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
    organization: [
      { record: actionPlanMeasures.id, actor: actionPlanMeasures.responsibleOrganizationId, role: 'responsible' },
      { record: actionPlanMeasurePartners.measureId, actor: actionPlanMeasurePartners.organizationId, role: 'partner' },
    ],
  },
});
