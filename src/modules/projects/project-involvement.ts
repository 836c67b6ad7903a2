import { sql } from 'drizzle-orm';
import { involvementSource } from '../involvement/involvement.service.js';
import { projectContacts, projectPartners, projects } from './projects.tables.js';

/** Projects an organisation carries, works in (in every role) or is a contact of; a person is a contact of; a place is the pilot area of. */
export const projectInvolvement = involvementSource({
  kind: 'project',
  table: projects,
  date: sql`coalesce(${projects.startDate}, ${projects.createdAt}::date)`,
  endDate: projects.endDate,
  title: projects.title,
  subkind: projects.status,
  path: sql`'/projects/' || ${projects.id}`,
  links: {
    organization: (id) => sql`
      SELECT id AS record_id, 'carrier' AS role FROM ${projects} WHERE carrier_organization_id = ${id}::uuid
      UNION ALL SELECT project_id, role FROM ${projectPartners} WHERE organization_id = ${id}::uuid
      UNION ALL SELECT project_id, 'contact' FROM ${projectContacts} WHERE organization_id = ${id}::uuid`,
    person: (id) => sql`SELECT project_id AS record_id, 'contact' AS role FROM ${projectContacts} WHERE person_id = ${id}::uuid`,
    place: (id) => sql`SELECT id AS record_id, 'pilot_area' AS role FROM ${projects} WHERE pilot_area_place_id = ${id}::uuid`,
  },
});
