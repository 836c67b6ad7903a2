import { z } from 'zod';
import { exportLanguageShape } from '../../core/export/export-query.js';
import { LANGUAGE_TAG, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';

export const themeRefSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: localizedTextSchema,
  parentId: z.uuid().nullable(),
});
export type ThemeRef = z.infer<typeof themeRefSchema>;

export const themeSummarySchema = themeRefSchema.extend({
  position: z.number().int(),
  visibility: z.enum(VISIBILITIES),
  workspaceId: z.uuid(),
});
export type ThemeSummary = z.infer<typeof themeSummarySchema>;
export const themePageSchema = pageSchema(themeSummarySchema);

export const themeListQuerySchema = z.strictObject({
  parentId: z.uuid().optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Only themes whose name (any language) contains this'),
  ...pageQueryShape,
});
export type ThemeListQuery = z.infer<typeof themeListQuerySchema>;

export const themeDetailSchema = themeSummarySchema.extend({
  description: localizedTextSchema,
  parent: themeRefSchema.nullable(),
  children: z.array(themeSummarySchema),
  organizationCount: z.number().int(),
  personCount: z.number().int(),
  canEdit: z.boolean(),
});
export type ThemeDetail = z.infer<typeof themeDetailSchema>;

const textsSchema = z.record(z.string().regex(LANGUAGE_TAG, 'must be a language tag such as de, en or uk'), z.string().trim().max(2000));
const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. housing-management').max(80);

export const themeCreateSchema = z.strictObject({
  workspaceId: z.uuid('must be the id of a workspace you belong to'),
  slug: slugSchema,
  name: textsSchema.refine((names) => Object.values(names).some((name) => name !== ''), 'needs a name in at least one language'),
  description: textsSchema.optional(),
  parentId: z.uuid().nullable().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  visibility: z.enum(VISIBILITIES).optional(),
});
export type ThemeCreate = z.infer<typeof themeCreateSchema>;

export const themeUpdateSchema = themeCreateSchema.omit({ workspaceId: true }).partial();
export type ThemeUpdate = z.infer<typeof themeUpdateSchema>;

/** The whole taxonomy the viewer may see, ordered for a tree. */
export const themeTreeSchema = z.object({ items: z.array(themeSummarySchema) });

/** The language of the taxonomy's CSV file. */
export const themeExportQuerySchema = z.strictObject(exportLanguageShape);
