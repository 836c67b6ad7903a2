import { sql } from 'drizzle-orm';
import { involvementSource } from '../involvement/involvement.service.js';
import { fundingProgrammes, grants } from './funding.tables.js';

/** Grants an organisation received or, as the funder of the programme, gave; shown under their programme. */
export const grantInvolvement = involvementSource({
  kind: 'grant',
  table: grants,
  date: sql`coalesce(${grants.periodStart}, ${grants.createdAt}::date)`,
  endDate: grants.periodEnd,
  title: sql`(SELECT name FROM ${fundingProgrammes} WHERE ${fundingProgrammes.id} = ${grants.programmeId})`,
  subkind: grants.status,
  path: sql`'/funding/programmes/' || ${grants.programmeId}`,
  links: {
    organization: [
      { record: grants.id, actor: grants.recipientOrganizationId, role: 'recipient' },
      (id) => sql`
        SELECT grants.id AS record_id, 'funder' AS role FROM ${grants} JOIN ${fundingProgrammes} ON funding_programmes.id = grants.programme_id
         WHERE funding_programmes.funder_organization_id = ${id}::uuid`,
    ],
  },
});
