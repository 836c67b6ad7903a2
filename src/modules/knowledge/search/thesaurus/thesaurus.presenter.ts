import type { ThesaurusRow } from './thesaurus.repository.js';
import type { ThesaurusEntry } from './thesaurus.schemas.js';

export const presentThesaurusEntry = (row: ThesaurusRow, canEdit: boolean): ThesaurusEntry => ({
  id: row.id,
  workspaceId: row.workspaceId,
  visibility: row.visibility,
  terms: { de: row.terms.de ?? [], en: row.terms.en ?? [], uk: row.terms.uk ?? [] },
  canEdit,
  updatedAt: row.updatedAt.toISOString(),
});

/** What the history records of an entry. */
export const auditedThesaurusEntry = (row: ThesaurusRow) => ({ visibility: row.visibility, terms: row.terms });

/** The entry's name in histories: its first terms. */
export const thesaurusLabel = (row: ThesaurusRow) =>
  [row.terms.de?.[0], row.terms.en?.[0], row.terms.uk?.[0]].filter((term): term is string => Boolean(term)).join(' · ');
