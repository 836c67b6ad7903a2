import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { personRefSchema } from '../actors/people.schemas.js';
import { themeRefSchema } from '../themes/themes.schemas.js';
import { PROJECT_GROUP_ROLES, PROJECT_GROUP_STATUSES } from './partnerships.tables.js';
import { changeSchemaOf, textInSomeLanguageSchema } from '../../core/http/record-fields.js';

export const projectGroupParamsSchema = z.strictObject({ id: z.uuid(), groupId: z.uuid() });

export const projectGroupMemberSchema = z.object({
  id: z.uuid(),
  person: personRefSchema.nullable().describe('Null for a person the viewer may not see'),
  partyId: z.uuid().nullable().describe('The party of the partnership whose side the member is on'),
  role: z.enum(PROJECT_GROUP_ROLES),
});

export const projectGroupSchema = z.object({
  id: z.uuid(),
  partnershipId: z.uuid(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  theme: themeRefSchema.nullable(),
  formedOn: isoDateSchema.nullable(),
  status: z.enum(PROJECT_GROUP_STATUSES),
  members: z.array(projectGroupMemberSchema),
});
export type ProjectGroup = z.infer<typeof projectGroupSchema>;

export const projectGroupListSchema = z.object({ items: z.array(projectGroupSchema), canEdit: z.boolean() });

const titleSchema = textInSomeLanguageSchema('needs a title in at least one language');

const memberInputSchema = z.strictObject({
  personId: z.uuid(),
  partyId: z.uuid().nullable().default(null),
  role: z.enum(PROJECT_GROUP_ROLES).default('member'),
});

const fields = {
  title: titleSchema,
  description: localizedTextSchema,
  themeId: z.uuid().nullable(),
  formedOn: isoDateSchema.nullable(),
  status: z.enum(PROJECT_GROUP_STATUSES),
  members: z.array(memberInputSchema).max(200),
};

export const projectGroupCreateSchema = z.strictObject({
  ...fields,
  description: fields.description.default({}),
  themeId: fields.themeId.default(null),
  formedOn: fields.formedOn.default(null),
  status: fields.status.default('active'),
  members: fields.members.default([]),
});
export type ProjectGroupCreate = z.infer<typeof projectGroupCreateSchema>;

export const projectGroupUpdateSchema = changeSchemaOf(fields);
export type ProjectGroupUpdate = z.infer<typeof projectGroupUpdateSchema>;
