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
  path: '/documents/',
  links: {
    organization: [{ record: documentLinks.documentId, actor: documentLinks.organizationId, role: 'linked' }],
    person: [{ record: documentLinks.documentId, actor: documentLinks.personId, role: 'linked' }],
    place: [{ record: documentLinks.documentId, actor: documentLinks.placeId, role: 'linked' }],
  },
});
