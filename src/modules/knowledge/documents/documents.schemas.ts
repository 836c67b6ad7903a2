import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../../core/http/pagination.js';
import { VISIBILITIES } from '../../../core/records/visibilities.js';
import { COMMENT_STATES, DOCUMENT_ORIGINS, FILE_TEXT_STATES, LANGUAGE_SOURCES, LINK_ORIGINS, LINK_TYPES } from './documents.tables.js';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, EXTRACTION_STATES } from './documents.types.js';
import { changeSchemaOf, wholeNumberSchema } from '../../../core/http/record-fields.js';

/** The longest text a document holds (characters): a report of a few hundred pages. */
export const MAX_DOCUMENT_TEXT = 2_000_000;

const ratingSchema = wholeNumberSchema(1, 5);

const criterionSchema = z.strictObject({
  assessment: z.string().trim().max(4000).default(''),
  rating: ratingSchema.nullable().default(null),
});

/** The four criteria of the URBACT good practice label, each with an assessment and a rating. */
export const goodPracticeSchema = z
  .strictObject({
    relevance: criterionSchema.default({ assessment: '', rating: null }),
    participation: criterionSchema.default({ assessment: '', rating: null }),
    impact: criterionSchema.default({ assessment: '', rating: null }),
    transferability: criterionSchema.default({ assessment: '', rating: null }),
  })
  .describe('relevance, participation (participatory and integrated approach), impact (local impact), transferability');
export type GoodPracticeInput = z.infer<typeof goodPracticeSchema>;

const webAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }).max(2000);

export const linkTargetSchema = z.strictObject({ recordType: z.enum(LINK_TYPES), recordId: z.uuid() });
export type LinkTarget = z.infer<typeof linkTargetSchema>;

const documentFields = {
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string().trim().min(1, 'must not be empty').max(500),
  text: z.string().max(MAX_DOCUMENT_TEXT, `must be at most ${MAX_DOCUMENT_TEXT} characters`),
  language: z.enum([...DOCUMENT_LANGUAGES, 'auto']).describe('auto: detected from the text'),
  sourceUrl: webAddress.nullable(),
  publishedOn: isoDateSchema.nullable(),
  visibility: z.enum(VISIBILITIES),
  goodPractice: goodPracticeSchema.nullable().describe('Only for good practices'),
};

export const documentCreateSchema = z.strictObject({
  workspaceId: z.uuid('must be the id of a workspace you belong to'),
  ...documentFields,
  title: documentFields.title.optional().describe('Taken from the text when left out'),
  text: documentFields.text.default(''),
  language: documentFields.language.default('auto'),
  sourceUrl: documentFields.sourceUrl.default(null),
  publishedOn: documentFields.publishedOn.default(null),
  visibility: documentFields.visibility.default('workspace'),
  goodPractice: documentFields.goodPractice.default(null),
  links: z.array(linkTargetSchema).max(100).default([]),
  extract: z.boolean().default(false).describe('Extract proposals (exchange, places, organisations, themes …) for review'),
});
export type DocumentCreate = z.infer<typeof documentCreateSchema>;

export const documentUpdateSchema = changeSchemaOf(documentFields);
export type DocumentUpdate = z.infer<typeof documentUpdateSchema>;

export const documentListQuerySchema = z
  .strictObject({
    kind: z.enum(DOCUMENT_KINDS).optional(),
    language: z.enum(DOCUMENT_LANGUAGES).optional(),
    workspaceId: z.uuid().optional(),
    linkedType: z.enum(LINK_TYPES).optional().describe('With linkedId: only documents linked to this record'),
    linkedId: z.uuid().optional(),
    review: z.enum(['pending']).optional().describe('pending: only documents with proposals awaiting review'),
    ...pageQueryShape,
  })
  .refine((query) => (query.linkedType === undefined) === (query.linkedId === undefined), {
    error: 'give linkedType and linkedId together',
    path: ['linkedId'],
  });
export type DocumentListQuery = z.infer<typeof documentListQuerySchema>;

export const fileSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  byteSize: z.number().int(),
  sha256: z.string(),
  textState: z.enum(FILE_TEXT_STATES),
  textLength: z.number().int(),
  pageCount: z.number().int().nullable(),
  textError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  url: z.string().describe('Where to download it'),
});
export type FileView = z.infer<typeof fileSchema>;

export const linkSchema = z.object({
  id: z.uuid(),
  recordType: z.enum(LINK_TYPES),
  recordId: z.uuid(),
  origin: z.enum(LINK_ORIGINS),
  /** The record's title, when the viewer may see the record; null otherwise. */
  title: localizedTextSchema.nullable(),
  kind: z.string().nullable(),
  path: z.string().describe('Where the record is shown in the web app'),
});
export type LinkView = z.infer<typeof linkSchema>;

export const documentSummarySchema = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS).meta({ id: 'DocumentKind' }),
  language: z.enum(DOCUMENT_LANGUAGES).meta({ id: 'DocumentLanguage' }),
  title: z.string(),
  excerpt: z.string(),
  publishedOn: isoDateSchema.nullable(),
  sortDate: isoDateSchema,
  visibility: z.enum(VISIBILITIES),
  origin: z.enum(DOCUMENT_ORIGINS),
  pendingProposals: z.number().int(),
  /** Proposals are extracted in the background: `queued` and `running` until they are written. */
  extractionState: z.enum(EXTRACTION_STATES).meta({ id: 'ExtractionState' }),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export const documentPageSchema = pageSchema(documentSummarySchema);

export const documentDetailSchema = documentSummarySchema.extend({
  languageSource: z.enum(LANGUAGE_SOURCES),
  text: z.string(),
  sourceUrl: z.string().nullable(),
  goodPractice: goodPracticeSchema.nullable(),
  files: z.array(fileSchema),
  links: z.array(linkSchema),
  extractedAt: z.iso.datetime().nullable(),
  /** The text changed since the proposals were extracted. */
  reviewOutdated: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  canEdit: z.boolean(),
  /** Members of the document's workspace read and write its comments. */
  canReadComments: z.boolean(),
  canComment: z.boolean(),
  canModerate: z.boolean(),
});
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

export const linkParamsSchema = z.strictObject({ id: z.uuid(), linkId: z.uuid() });
export const fileParamsSchema = z.strictObject({ id: z.uuid(), fileId: z.uuid() });
export const commentParamsSchema = z.strictObject({ id: z.uuid(), commentId: z.uuid() });

export const commentSchema = z.object({
  id: z.uuid(),
  /** Null for a hidden comment, except for its author and the moderators. */
  body: z.string().nullable(),
  state: z.enum(COMMENT_STATES),
  author: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  moderatedAt: z.iso.datetime().nullable(),
  moderationNote: z.string().nullable(),
  canEdit: z.boolean(),
  canModerate: z.boolean(),
});
export type CommentView = z.infer<typeof commentSchema>;
export const commentPageSchema = pageSchema(commentSchema).extend({
  /** New comments not yet approved or hidden (for moderators; 0 for others). */
  awaitingModeration: z.number().int(),
});

export const commentCreateSchema = z.strictObject({ body: z.string().trim().min(1, 'must not be empty').max(5000) });
export const commentUpdateSchema = commentCreateSchema;
export const commentHideSchema = z.strictObject({ note: z.string().trim().max(500).nullable().default(null) });
export const commentListQuerySchema = z.strictObject({ ...pageQueryShape });

export const uploadQuerySchema = z.strictObject({
  useText: z
    .enum(['true', 'false'])
    .default('false')
    .describe('true: the file’s text becomes the document’s text when the document has none'),
});

export const importQuerySchema = z.strictObject({
  workspaceId: z.uuid('must be the id of a workspace you belong to'),
  kind: z.enum(DOCUMENT_KINDS).default('report'),
  language: z.enum([...DOCUMENT_LANGUAGES, 'auto']).default('auto'),
  visibility: z.enum(VISIBILITIES).default('workspace'),
  publishedOn: isoDateSchema.optional(),
  title: z.string().trim().min(1).max(500).optional(),
});
export type ImportQuery = z.infer<typeof importQuerySchema>;

/** An attached file and the document it now belongs to. */
export const fileAttachedSchema = z.object({ file: fileSchema, document: documentDetailSchema });

/** The most files one upload batch takes. */
export const MAX_FILES_PER_BATCH = 50;

const createdUploadSchema = z.object({
  fileName: z.string(),
  status: z.literal('created'),
  documentId: z.uuid(),
  title: z.string(),
  textFound: z.boolean().describe('false: a document titled by the file’s name, whose text can be pasted later'),
});
const refusedUploadSchema = z.object({
  fileName: z.string(),
  status: z.enum(['skipped', 'failed']),
  reason: z.enum(['duplicate', 'empty', 'too_large', 'unsupported', 'invalid']).meta({ id: 'UploadRefusal' }),
});

/** What became of one file of an uploaded batch. */
export const uploadOutcomeSchema = z.union([createdUploadSchema, refusedUploadSchema]).meta({ id: 'UploadOutcome' });
export type UploadOutcome = z.infer<typeof uploadOutcomeSchema>;

/** What a finished upload batch reports: one outcome per file, in the order sent. */
export const uploadBatchResultSchema = z
  .object({ outcomes: z.array(uploadOutcomeSchema).max(MAX_FILES_PER_BATCH).meta({ id: 'UploadOutcomes' }) })
  .meta({ id: 'UploadBatchResult' });
