import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../../../../core/http/pagination.js';
import { VISIBILITIES } from '../../../../core/records/visibilities.js';

/** The languages a thesaurus entry names its idea in. */
export const THESAURUS_LANGUAGES = ['de', 'en', 'uk'] as const;

const termSchema = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}\s'’ʼ-]*$/u, 'must be a word or words (letters, digits, spaces, hyphens)');

const termListSchema = z.array(termSchema).max(12);

export const thesaurusTermsSchema = z.strictObject({
  de: termListSchema.optional().describe('German terms, e.g. ["Fernwärme"]'),
  en: termListSchema.optional().describe('English terms, e.g. ["district heating"]'),
  uk: termListSchema.optional().describe('Ukrainian terms, e.g. ["теплопостачання"]'),
});
export type ThesaurusTermsInput = z.infer<typeof thesaurusTermsSchema>;

export const thesaurusEntrySchema = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  visibility: z.enum(VISIBILITIES),
  terms: z.object({ de: z.array(z.string()), en: z.array(z.string()), uk: z.array(z.string()) }),
  canEdit: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type ThesaurusEntry = z.infer<typeof thesaurusEntrySchema>;
export const thesaurusPageSchema = pageSchema(thesaurusEntrySchema);

export const thesaurusListQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().describe('Only entries with a term (any language) containing this'),
  workspaceId: z.uuid().optional().describe('Only the entries of this workspace'),
  ...pageQueryShape,
});
export type ThesaurusListQuery = z.infer<typeof thesaurusListQuerySchema>;

export const thesaurusCreateSchema = z.strictObject({
  workspaceId: z.uuid('must be the id of a workspace you belong to'),
  terms: thesaurusTermsSchema,
  visibility: z.enum(VISIBILITIES).optional(),
});
export type ThesaurusCreate = z.infer<typeof thesaurusCreateSchema>;

export const thesaurusUpdateSchema = thesaurusCreateSchema.omit({ workspaceId: true }).partial();
export type ThesaurusUpdate = z.infer<typeof thesaurusUpdateSchema>;
