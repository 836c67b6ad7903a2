import { z } from 'zod';
import { isoDateSchema } from '../../core/http/common-schemas.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { personRefSchema } from '../actors/people.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { INTRODUCTION_ANSWERS, INTRODUCTION_STATES } from './introductions.tables.js';
import { matchingItemSchema } from './matching.schemas.js';
import { PROFILE_SUBJECTS, SOUGHT_PARTNERSHIP_TYPES } from './matching.tables.js';

const messageSchema = z.string().trim().min(1).max(4000);

export const introductionCreateSchema = z.strictObject({
  workspaceId: z.uuid().describe('The workspace asking: the requesting side itself, or an agency brokering between two others'),
  fromProfileId: z.uuid().describe('The profile of the side on whose behalf the introduction is asked for'),
  toProfileId: z.uuid().describe('The profile of the side asked to meet'),
  needId: z.uuid().nullable().default(null).describe('The need of the requesting side the introduction answers'),
  message: messageSchema,
  proposedDate: isoDateSchema.nullable().default(null).describe('A date proposed for a first (online) meeting'),
});
export type IntroductionCreate = z.infer<typeof introductionCreateSchema>;

export const introductionAcceptSchema = z.strictObject({
  message: messageSchema,
  meetingDate: isoDateSchema.nullable().default(null).describe('The date of the first meeting; absent: the date proposed'),
});
export type IntroductionAccept = z.infer<typeof introductionAcceptSchema>;

export const introductionDeclineSchema = z.strictObject({ message: messageSchema });
export type IntroductionDecline = z.infer<typeof introductionDeclineSchema>;

export const introductionPartnershipSchema = z.strictObject({
  type: z.enum(SOUGHT_PARTNERSHIP_TYPES).describe('Partnerschaft, Freundschaft, Kontakt, Projektpartnerschaft, or a solidarity partnership'),
});
export type IntroductionPartnership = z.infer<typeof introductionPartnershipSchema>;

export const introductionSideSchema = z.object({
  /** The side's profile, when the viewer may read it; else only who the side is. */
  profileId: z.uuid().nullable(),
  subject: z.enum(PROFILE_SUBJECTS),
  place: placeRefSchema.nullable(),
  organization: organizationRefSchema.nullable(),
  person: personRefSchema.nullable(),
  answer: z.enum(INTRODUCTION_ANSWERS),
  answerMessage: z.string().nullable(),
  /** The viewer may answer for this side now. */
  canAnswer: z.boolean(),
});

export const introductionSchema = z.object({
  id: z.uuid(),
  state: z.enum(INTRODUCTION_STATES).meta({ id: 'IntroductionState' }),
  brokered: z.boolean(),
  /** The workspace that asked: a side, or the brokering agency. */
  requestedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  from: introductionSideSchema,
  to: introductionSideSchema,
  need: matchingItemSchema.nullable(),
  message: z.string(),
  proposedDate: isoDateSchema.nullable(),
  meeting: z.object({ exchangeId: z.uuid().nullable(), date: isoDateSchema }).nullable(),
  partnership: z.object({ id: z.uuid().nullable(), type: z.enum(SOUGHT_PARTNERSHIP_TYPES) }).nullable(),
  canMarkMet: z.boolean(),
  canPartner: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Introduction = z.infer<typeof introductionSchema>;

export const introductionListQuerySchema = z.strictObject({
  workspaceId: z.uuid().optional().describe('Only introductions this workspace asked for or is a side of'),
  state: z.enum(INTRODUCTION_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type IntroductionListQuery = z.infer<typeof introductionListQuerySchema>;

export const introductionListSchema = z.object({ items: z.array(introductionSchema) });

export const pipelineQuerySchema = z.strictObject({ workspaceId: z.uuid() });

export const pipelineSchema = z.object({
  workspaceId: z.uuid(),
  /** Introductions the workspace asked for (as a side or brokering), by the stage they reached. */
  counts: z.object(Object.fromEntries(INTRODUCTION_STATES.map((state) => [state, z.number().int()])) as Record<(typeof INTRODUCTION_STATES)[number], z.ZodNumber>),
  items: z.array(introductionSchema),
});
export type Pipeline = z.infer<typeof pipelineSchema>;
