import { sql } from 'drizzle-orm';
import { involvementSource } from '../../involvement/involvement.service.js';
import { documentLinks, documents } from './documents.tables.js';

/** Documents linked to an organisation, a person or a place. */
export const documentInvolvement = involvementSource({
  kind: 'document',
  table: documents,
  date: documents.sortDate,
  endDate: sql`NULL::date`,
  title: sql`jsonb_build_object(${documents.language}, ${documents.title})`,
  subkind: documents.kind,
  path: sql`'/documents/' || ${documents.id}`,
  links: {
    organization: (id) => sql`SELECT document_id AS record_id, 'linked' AS role FROM ${documentLinks} WHERE organization_id = ${id}::uuid`,
    person: (id) => sql`SELECT document_id AS record_id, 'linked' AS role FROM ${documentLinks} WHERE person_id = ${id}::uuid`,
    place: (id) => sql`SELECT document_id AS record_id, 'linked' AS role FROM ${documentLinks} WHERE place_id = ${id}::uuid`,
  },
});
