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
  path: '/projects/',
  links: {
    organization: [
      { record: projects.id, actor: projects.carrierOrganizationId, role: 'carrier' },
      { record: projectPartners.projectId, actor: projectPartners.organizationId, role: projectPartners.role },
      { record: projectContacts.projectId, actor: projectContacts.organizationId, role: 'contact' },
    ],
    person: [{ record: projectContacts.projectId, actor: projectContacts.personId, role: 'contact' }],
    place: [{ record: projects.id, actor: projects.pilotAreaPlaceId, role: 'pilot_area' }],
  },
});
